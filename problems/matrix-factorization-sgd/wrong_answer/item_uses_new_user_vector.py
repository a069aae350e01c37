# Bug: updates p_u first, then updates q_i with the already-updated p_u.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors.copy(), item_factors.copy()
    for u, i, r in ratings:
        e = r - P[u] @ Q[i]
        P[u] = P[u] + lr * (e * Q[i] - reg * P[u])
        Q[i] = Q[i] + lr * (e * P[u] - reg * Q[i])
    return P, Q
