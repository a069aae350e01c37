# Bug: vectorised, but a slot hit several times keeps the FIRST replacing item, as if the
# later ones had not come.
import numpy as np


def reservoir_sample(stream, k, seed):
    n = len(stream)
    reservoir = stream[:k].copy()
    if n <= k:
        return reservoir
    j = np.random.default_rng(seed).integers(0, np.arange(k + 1, n + 1))
    positions = np.flatnonzero(j < k) + k
    slots, first = np.unique(j[positions - k], return_index=True)
    reservoir[slots] = stream[positions[first]]
    return reservoir
