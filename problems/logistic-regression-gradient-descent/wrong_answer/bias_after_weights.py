# Bug: updates w first, then computes the bias gradient with the new w (not simultaneous).
import numpy as np


def train_logistic_regression(X, y, lr, epochs):
    n = X.shape[0]
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w -= lr * X.T @ (p - y) / n
        p = 1 / (1 + np.exp(-(X @ w + b)))
        b -= lr * np.mean(p - y)
    return w, b
