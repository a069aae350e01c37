# Bug: off by one, runs epochs - 1 updates.
import numpy as np


def train_logistic_regression(X, y, lr, epochs):
    n = X.shape[0]
    w, b = np.zeros(X.shape[1]), 0.0
    for epoch in range(1, epochs):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w = w - lr * X.T @ (p - y) / n
        b = b - lr * np.mean(p - y)
    return w, b
