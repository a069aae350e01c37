# Least squares on the stacked system [X 1; sqrt(alpha) I 0] theta ~ [y; 0], no normal equations.
import numpy as np


def ridge_regression(X, y, alpha):
    n, d = X.shape
    top = np.hstack([X, np.ones((n, 1))])
    bottom = np.hstack([np.sqrt(alpha) * np.eye(d), np.zeros((d, 1))])
    theta = np.linalg.lstsq(np.vstack([top, bottom]), np.concatenate([y, np.zeros(d)]), rcond=None)[0]
    return theta[:d], float(theta[d])
