# The bias as one more weight on a column of ones; sigmoid written with tanh.
import numpy as np


def train_logistic_regression(X: np.ndarray, y: np.ndarray, lr: float, epochs: int):
    n = X.shape[0]
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(A.shape[1])
    for _ in range(epochs):
        p = 0.5 * (1.0 + np.tanh(0.5 * (A @ theta)))
        theta -= lr / n * (A.T @ (p - y))
    return theta[:-1], theta[-1]
