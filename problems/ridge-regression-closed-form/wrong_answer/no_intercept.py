# Bug: fits y ~ X w with no intercept at all and returns b = 0.
import numpy as np


def ridge_regression(X, y, alpha):
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
