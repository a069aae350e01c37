# The pairs i < j as each feature j against the running sum of the features before it:
# sum_j x_j <v_j, sum_{i<j} x_i v_i>, with the running sums from np.cumsum. O(n k) per
# example and no cancellation of large squares.
import numpy as np


def fm_predict(x: np.ndarray, w0: float, w: np.ndarray, v: np.ndarray) -> np.ndarray:
    scaled = x[:, :, None] * v[None, :, :]  # (batch, n, k): x_i v_i
    before = np.cumsum(scaled, axis=1) - scaled  # sum over i < j
    interactions = np.einsum("bjk,bjk->b", scaled, before)
    return w0 + x @ w + interactions
