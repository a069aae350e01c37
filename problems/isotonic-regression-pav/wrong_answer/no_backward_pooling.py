# Bug: merges a violating value into the block before it once, but never checks whether the
# merged block now violates the block before that one.
import numpy as np


def isotonic_regression(y, weights):
    sums, totals, lengths = [], [], []
    for value, weight in zip(y.tolist(), weights.tolist()):
        s, w, length = value * weight, weight, 1
        if sums and sums[-1] / totals[-1] > s / w:
            s, w, length = s + sums.pop(), w + totals.pop(), length + lengths.pop()
        sums.append(s)
        totals.append(w)
        lengths.append(length)
    return np.repeat(np.array(sums) / np.array(totals), lengths)
