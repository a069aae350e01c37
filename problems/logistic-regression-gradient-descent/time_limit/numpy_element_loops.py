# O(epochs * n * d) interpreted steps, each one numpy element at a time: loops over every example and
# every feature of the arrays it was given, in every epoch.
import math

import numpy as np


def train_logistic_regression(X, y, lr, epochs):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        grad_w, grad_b = np.zeros(d), 0.0
        for i in range(n):
            z = b
            for j in range(d):
                z += w[j] * X[i, j]
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            for j in range(d):
                grad_w[j] += (p - y[i]) * X[i, j]
            grad_b += p - y[i]
        for j in range(d):
            w[j] -= lr * grad_w[j] / n
        b -= lr * grad_b / n
    return w.tolist(), float(b)
