# O(n * n_users * n_items * d): recomputes every prediction, U @ V.T, for each rating.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors.copy(), item_factors.copy()
    for u, i, r in ratings:
        predictions = P @ Q.T
        e = r - predictions[u, i]
        p, q = P[u].copy(), Q[i].copy()
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
