# Bug: the keys u ** (1 / w) as written: for small weights they underflow to 0.0, and the
# items whose keys all became 0 are ranked by index instead of by their true keys.
import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    u = np.random.default_rng(seed).random(len(weights))
    with np.errstate(divide="ignore", under="ignore"):
        keys = np.where(weights > 0, u ** (1.0 / weights), -1.0)
    return np.argsort(-keys, kind="stable")[:k]
