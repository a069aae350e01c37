# Bug: pools blocks with the plain mean, ignoring the weights.
import numpy as np


def isotonic_regression(y, weights):
    sums, counts = [], []
    for value in y.tolist():
        s, c = value, 1
        while sums and sums[-1] / counts[-1] > s / c:
            s, c = s + sums.pop(), c + counts.pop()
        sums.append(s)
        counts.append(c)
    return np.repeat(np.array(sums) / np.array(counts), counts)
