# scikit-learn's in-place formulation: the fitted values and weights live in arrays, each block
# is represented by its first index, with a pointer to the start of the next block.
import numpy as np


def isotonic_regression(y, weights):
    n = len(y)
    value = y.astype(float).tolist()
    weight = weights.astype(float).tolist()
    nxt = list(range(1, n + 1))   # nxt[start] = start of the following block
    prev = [-1] * (n + 1)        # prev[start] = start of the preceding block
    for i in range(1, n + 1):
        prev[i] = i - 1
    i = 0
    while nxt[i] < n:
        k = nxt[i]
        if value[i] > value[k]:
            w = weight[i] + weight[k]
            value[i] = (weight[i] * value[i] + weight[k] * value[k]) / w
            weight[i] = w
            nxt[i] = nxt[k]
            prev[nxt[k]] = i
            if i > 0:
                i = prev[i]  # the pooled block may now violate with the one before it
        else:
            i = k
    out = np.empty(n)
    i = 0
    while i < n:
        out[i:nxt[i]] = value[i]
        i = nxt[i]
    return out
