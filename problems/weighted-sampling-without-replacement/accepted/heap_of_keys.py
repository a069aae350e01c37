# heapq.nlargest over (log key, index) pairs, log key = log(u) / w.
import heapq
import math

import numpy as np


def weighted_sample_without_replacement(weights: np.ndarray, k: int, seed: int) -> np.ndarray:
    u = np.random.default_rng(seed).random(len(weights)).tolist()
    keyed = ((math.log(ui) / wi, i) for i, (ui, wi) in enumerate(zip(u, weights.tolist())) if wi > 0)
    return np.array([i for _, i in heapq.nlargest(k, keyed)], dtype=np.int64)
