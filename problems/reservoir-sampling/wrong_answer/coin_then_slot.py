# Bug: a different (equally uniform) algorithm: a coin with probability k / (i + 1), then a
# slot from 0..k-1. Its draws are not the statement's, so its reservoir is another sample.
import numpy as np


def reservoir_sample(stream, k, seed):
    reservoir = stream[:k].copy()
    rng = np.random.default_rng(seed)
    for i in range(k, len(stream)):
        if rng.random() < k / (i + 1):
            reservoir[rng.integers(0, k)] = stream[i]
    return reservoir
