# Bug: vectorises the epoch as one batch step, so errors all use the starting factors, ignoring the order.
import numpy as np


def sgd_epoch(user_factors, item_factors, ratings, lr, reg):
    P, Q = user_factors.copy(), item_factors.copy()
    users = np.array([u for u, _, _ in ratings], dtype=int)
    items = np.array([i for _, i, _ in ratings], dtype=int)
    r = np.array([x for _, _, x in ratings], dtype=float)
    e = r - np.sum(P[users] * Q[items], axis=1)
    grad_p = lr * (e[:, None] * Q[items] - reg * P[users])
    grad_q = lr * (e[:, None] * P[users] - reg * Q[items])
    np.add.at(P, users, grad_p)
    np.add.at(Q, items, grad_q)
    return P, Q
