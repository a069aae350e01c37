# Bug: the textbook formula on sigmoid(x): 1 - sigmoid(1000) is exactly 0, and log(0) is -inf.
import numpy as np


def bce_with_logits(logits, targets):
    p = 1 / (1 + np.exp(-logits))
    return float(-np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p)))
