import numpy as np


def _sigmoid(z):
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1.0 + e)
    return out


def train_logistic_regression(X, y, lr, epochs):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(epochs):
        error = _sigmoid(X @ w + b) - y        # dL/dz_i, times n
        grad_w = X.T @ error / n
        grad_b = error.sum() / n
        w, b = w - lr * grad_w, b - lr * grad_b  # both from the same (w, b)
    return w, float(b)
