# Bug: rng.integers(0, i) draws from 0..i-1 (the high end is exclusive), not from 0..i.
import numpy as np


def reservoir_sample(stream, k, seed):
    reservoir = stream[:k].copy()
    rng = np.random.default_rng(seed)
    for i in range(k, len(stream)):
        j = rng.integers(0, i)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
