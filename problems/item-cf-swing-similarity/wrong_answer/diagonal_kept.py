# Bug: keeps sim(i, i), the swing of an item with itself, instead of 0.
import numpy as np


def swing_similarity(interactions, n_users, n_items, alpha):
    pairs = np.asarray(interactions, dtype=np.int64).reshape(-1, 2)
    a = np.zeros((n_users, n_items))
    a[pairs[:, 0], pairs[:, 1]] = 1.0
    common = a @ a.T  # |I_u & I_v|
    sim = np.zeros((n_items, n_items))
    for u in range(n_users - 1):
        partners = np.flatnonzero(common[u, u + 1:] >= 2) + u + 1
        if len(partners) == 0:
            continue
        items = np.flatnonzero(a[u])
        shared = a[np.ix_(partners, items)]  # which of u's items each partner has
        weighted = shared / (alpha + common[u, partners])[:, None]
        sim[np.ix_(items, items)] += shared.T @ weighted
    return sim
