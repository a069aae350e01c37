# Vectorised: a slot ends with the LAST stream item whose draw hit it. Reverse the hits and
# keep each slot's first occurrence with np.unique(return_index=True).
import numpy as np


def reservoir_sample(stream: np.ndarray, k: int, seed: int) -> np.ndarray:
    n = len(stream)
    reservoir = stream[:k].copy()
    if n <= k:
        return reservoir
    rng = np.random.default_rng(seed)
    j = np.concatenate([rng.integers(0, i + 1, size=1) for i in range(k, n)]) if n - k < 8 else \
        rng.integers(0, np.arange(k + 1, n + 1))
    positions = np.flatnonzero(j < k) + k  # stream positions that replace something, in order
    slots = j[positions - k]
    slots_last_first, positions_last_first = slots[::-1], positions[::-1]
    unique_slots, first = np.unique(slots_last_first, return_index=True)
    reservoir[unique_slots] = stream[positions_last_first[first]]
    return reservoir
