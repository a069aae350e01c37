# Bug: p = P[u] is a numpy view, so the in-place user update changes p before the item update reads it.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors, item_factors
    for u, i, r in ratings:
        p, q = P[u], Q[i]
        e = r - np.dot(p, q)
        p += lr * (e * q - reg * p)
        q += lr * (e * p - reg * q)
    return P, Q
