# Bug: centres X and y to fit w, then returns b = mean(y), forgetting the - mean(X) @ w term.
import numpy as np


def ridge_regression(X, y, alpha):
    Xc = X - X.mean(axis=0)
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - y.mean()))
    return w, y.mean()
