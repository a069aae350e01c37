# Bug: clips once and uses the clipped probabilities for the Brier score too. Harmless at 2^-52
# unless the clip is wide; here eps = 1e-7 "to be safe", which moves both scores.
import numpy as np


def brier_and_log_loss(probs, labels):
    q = np.clip(probs, 1e-7, 1 - 1e-7)
    loss = -np.mean(labels * np.log(q) + (1 - labels) * np.log(1 - q))
    return float(np.mean((q - labels) ** 2)), float(loss)
