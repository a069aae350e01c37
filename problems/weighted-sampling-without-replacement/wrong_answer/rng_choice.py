# Bug: numpy's own weighted sampling without replacement, which draws other random numbers
# than the statement's single rng.random(n) call.
import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    rng = np.random.default_rng(seed)
    return rng.choice(len(weights), size=k, replace=False, p=weights / weights.sum())
