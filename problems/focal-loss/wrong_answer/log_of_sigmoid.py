# Bug: sigmoid first, then np.log(p_t): a confident mistake gives ln 0 = -inf (and exp overflows).
import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        p = 1 / (1 + np.exp(-logits))
        p_t = np.where(labels == 1, p, 1 - p)
        alpha_t = np.where(labels == 1, alpha, 1 - alpha)
        return -alpha_t * (1 - p_t) ** gamma * np.log(p_t)
