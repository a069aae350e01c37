# Item by item: among the users of item i, sim(i, j) = 1/2 * sum over u != v of
# [u, v both have j] / (alpha + |I_u & I_v|), a quadratic form per column j.
import numpy as np


def swing_similarity(interactions: np.ndarray, n_users: int, n_items: int, alpha: float) -> np.ndarray:
    a = np.zeros((n_users, n_items))
    a[interactions[:, 0], interactions[:, 1]] = 1.0
    common = a @ a.T
    w = 1.0 / (alpha + common)
    np.fill_diagonal(w, 0.0)
    sim = np.zeros((n_items, n_items))
    for i in range(n_items):
        users = np.flatnonzero(a[:, i])
        if len(users) < 2:
            continue
        x = a[users]  # (n_i, items)
        sim[i] = 0.5 * np.sum(x * (w[np.ix_(users, users)] @ x), axis=0)
    np.fill_diagonal(sim, 0.0)
    return sim
