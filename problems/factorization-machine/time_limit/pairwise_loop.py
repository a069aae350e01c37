# O(n^2 k): the definition as written, one dot product <v_i, v_j> per pair of features
# (vectorised over the batch only).
import numpy as np


def fm_predict(x, w0, w, v):
    y = w0 + x @ w
    n = x.shape[1]
    for i in range(n):
        for j in range(i + 1, n):
            y = y + float(np.dot(v[i], v[j])) * x[:, i] * x[:, j]
    return y
