# Bug: subtracts sum_i v_if^2 x_i instead of sum_i v_if^2 x_i^2; right only when every
# feature is 0 or 1 (one-hot fields), wrong for a numeric feature.
import numpy as np


def fm_predict(x, w0, w, v):
    summed = x @ v
    return w0 + x @ w + 0.5 * np.sum(summed ** 2 - x @ (v ** 2), axis=1)
