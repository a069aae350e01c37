# Bug: the L2 term is subtracted outside the learning rate: p += lr * e * q - reg * p.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors.copy(), item_factors.copy()
    for u, i, r in ratings:
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * e * q - reg * p
        Q[i] = q + lr * e * p - reg * q
    return P, Q
