# Bug: returns the chosen indices sorted, not in the order of their keys (the draw order).
import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    u = np.random.default_rng(seed).random(len(weights))
    with np.errstate(divide="ignore"):
        keys = np.where(weights > 0, np.log(u) / np.where(weights > 0, weights, 1.0), -np.inf)
    return np.sort(np.argsort(-keys, kind="stable")[:k])
