# Bug: takes the k smallest keys (ascending argsort) instead of the k largest.
import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    u = np.random.default_rng(seed).random(len(weights))
    with np.errstate(divide="ignore"):
        keys = np.where(weights > 0, np.log(u) / np.where(weights > 0, weights, 1.0), np.inf)
    return np.argsort(keys, kind="stable")[:k]
