# Bug: 1/2 * (sum_i v_i x_i)^2 alone keeps the terms i = j (a feature interacting with itself).
import numpy as np


def fm_predict(x, w0, w, v):
    summed = x @ v
    return w0 + x @ w + 0.5 * np.sum(summed ** 2, axis=1)
