# Bug: clips p to [1e-7, 1 - 1e-7] as Keras does, which caps each term near 16.1.
import numpy as np


def bce_with_logits(logits, targets):
    p = np.clip(1 / (1 + np.exp(-logits)), 1e-7, 1 - 1e-7)
    return float(-np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p)))
