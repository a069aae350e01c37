# In place on the input arrays, keeping a copy of the old user row for the item update.
import numpy as np


def sgd_epoch(user_factors: np.ndarray, item_factors: np.ndarray, ratings, lr: float, reg: float):
    for u, i, r in ratings:
        old_p = user_factors[u].copy()
        e = r - old_p @ item_factors[i]
        user_factors[u] += lr * (e * item_factors[i] - reg * old_p)
        item_factors[i] += lr * (e * old_p - reg * item_factors[i])
    return user_factors, item_factors
