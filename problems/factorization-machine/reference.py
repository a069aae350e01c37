import numpy as np


def fm_predict(x, w0, w, v):
    """Rendle's identity: sum over pairs i < j of <v_i, v_j> x_i x_j equals
    1/2 * sum_f [(sum_i v_if x_i)^2 - sum_i v_if^2 x_i^2], which is O(n k) per example."""
    x = np.asarray(x, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    summed = x @ v  # (batch, k)
    squares = (x * x) @ (v * v)  # (batch, k)
    return w0 + x @ w + 0.5 * np.sum(summed * summed - squares, axis=1)
