import numpy as np


def reservoir_sample(stream, k, seed):
    """Algorithm R, one pass, with the statement's draws (all taken in one call)."""
    stream = np.asarray(stream, dtype=np.int64)
    n = len(stream)
    reservoir = stream[:k].tolist()
    if n <= k:
        return np.array(reservoir, dtype=np.int64)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, np.arange(k + 1, n + 1)).tolist()  # draws[i - k] is uniform on 0..i
    items = stream.tolist()
    for i in range(k, n):
        j = draws[i - k]
        if j < k:
            reservoir[j] = items[i]
    return np.array(reservoir, dtype=np.int64)
