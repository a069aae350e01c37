# Bug: the running maximum is non-decreasing but not the least-squares fit.
import numpy as np


def isotonic_regression(y, weights):
    return np.maximum.accumulate(y)
