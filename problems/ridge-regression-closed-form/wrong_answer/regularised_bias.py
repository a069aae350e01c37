# Bug: appends a ones column and adds alpha * I to every diagonal entry, so the bias is shrunk too.
import numpy as np


def ridge_regression(X, y, alpha):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(d + 1), A.T @ y)
    return theta[:d], theta[d]
