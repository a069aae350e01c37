# Iteratively reweighted least squares in matrix form: theta = (a, b) on the design [s, 1],
# each step solving the weighted normal equations (X^T W X) step = X^T (p - t), from a = b = 0.
import numpy as np


def platt_scaling(scores, labels):
    n_pos = int(labels.sum())
    n_neg = len(labels) - n_pos
    t = np.where(labels == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    X = np.column_stack([scores, np.ones_like(scores)])
    theta = np.zeros(2)

    def loss(th):
        z = X @ th
        return np.sum(np.logaddexp(0, z) - t * z)

    current = loss(theta)
    for _ in range(100):
        p = 1 / (1 + np.exp(-(X @ theta)))
        w = p * (1 - p)
        step = np.linalg.solve(X.T @ (X * w[:, None]) + 1e-12 * np.eye(2), X.T @ (p - t))
        size = 1.0
        while size > 1e-12 and loss(theta - size * step) > current:
            size /= 2
        new = theta - size * step
        done = np.max(np.abs(new - theta)) <= 1e-13 * (1 + np.max(np.abs(new)))
        theta, current = new, loss(new)
        if done:
            break
    return float(theta[0]), float(theta[1])
