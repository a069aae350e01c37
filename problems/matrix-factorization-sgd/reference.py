import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P = np.array(user_factors, dtype=np.float64)  # copies
    Q = np.array(item_factors, dtype=np.float64)
    for u, i, r in ratings:
        p, q = P[u], Q[i]
        e = r - p.dot(q)
        new_p = p + lr * (e * q - reg * p)
        new_q = q + lr * (e * p - reg * q)
        P[u], Q[i] = new_p, new_q
    return P, Q
