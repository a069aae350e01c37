# Bug: no clipping, so a confident mistake gives log(0) = -inf and the loss is inf (or nan from 0 * -inf).
import numpy as np


def brier_and_log_loss(probs, labels):
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = -np.mean(labels * np.log(probs) + (1 - labels) * np.log(1 - probs))
    return float(np.mean((probs - labels) ** 2)), float(loss)
