import numpy as np


def isotonic_regression(y, weights):
    """Pool adjacent violators with a stack of blocks (weighted sum, weight, length): O(n)."""
    sums, totals, lengths = [], [], []
    for value, weight in zip(np.asarray(y, dtype=float).tolist(), np.asarray(weights, dtype=float).tolist()):
        s, w, length = value * weight, weight, 1
        # Merge backwards while the previous block's mean exceeds the new block's mean.
        while sums and sums[-1] * w > s * totals[-1]:
            s, w, length = s + sums.pop(), w + totals.pop(), length + lengths.pop()
        sums.append(s)
        totals.append(w)
        lengths.append(length)
    return np.repeat(np.array(sums) / np.array(totals), lengths)
