import numpy as np


def bce_with_logits(logits, targets):
    x = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    # -[y log s(x) + (1 - y) log(1 - s(x))] = max(x, 0) - x y + log(1 + e^{-|x|})
    losses = np.maximum(x, 0.0) - x * y + np.log1p(np.exp(-np.abs(x)))
    return float(losses.mean())
