# Bug: forgets the 1/2, so every pair is counted twice (as (i, j) and as (j, i)).
import numpy as np


def fm_predict(x, w0, w, v):
    summed = x @ v
    return w0 + x @ w + np.sum(summed ** 2 - (x ** 2) @ (v ** 2), axis=1)
