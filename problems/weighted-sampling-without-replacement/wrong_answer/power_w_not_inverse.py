# Bug: key u ** w instead of u ** (1 / w), which favours the light items.
import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    u = np.random.default_rng(seed).random(len(weights))
    keys = np.where(weights > 0, np.log(u) * weights, -np.inf)
    return np.argsort(-keys, kind="stable")[:k]
