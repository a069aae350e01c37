# Bug: clips with 1e-15, older scikit-learn's default, instead of the stated 2^-52.
import numpy as np


def brier_and_log_loss(probs, labels):
    q = np.clip(probs, 1e-15, 1 - 1e-15)
    loss = -np.mean(labels * np.log(q) + (1 - labels) * np.log(1 - q))
    return float(np.mean((probs - labels) ** 2)), float(loss)
