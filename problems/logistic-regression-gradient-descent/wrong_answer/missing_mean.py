# Bug: sums the per-example gradients instead of averaging them (no 1/n).
import numpy as np


def train_logistic_regression(X, y, lr, epochs):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w = w - lr * X.T @ (p - y)
        b = b - lr * np.sum(p - y)
    return w, b
