# Plain lists: an explicit loop over the d factors, both rows computed before either is stored.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors.tolist(), item_factors.tolist()
    for u, i, r in ratings:
        p, q = P[u], Q[i]
        e = r - sum(a * b for a, b in zip(p, q))
        P[u] = [a + lr * (e * b - reg * a) for a, b in zip(p, q)]
        Q[i] = [b + lr * (e * a - reg * b) for a, b in zip(p, q)]
    return np.array(P), np.array(Q)
