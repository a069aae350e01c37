# Bug: counts items from 1 and draws j from 0..i+1 (rng.integers(0, i + 2)) for the (i+1)-th item.
import numpy as np


def reservoir_sample(stream, k, seed):
    reservoir = stream[:k].copy()
    rng = np.random.default_rng(seed)
    for i in range(k, len(stream)):
        j = rng.integers(0, i + 2)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
