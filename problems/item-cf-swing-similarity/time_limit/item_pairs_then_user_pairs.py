# O(items^2 * common users^2): the formula as written, every pair of items, then every pair
# of their common users, each with a set intersection.
from itertools import combinations

import numpy as np


def swing_similarity(interactions, n_users, n_items, alpha):
    items_of = [set() for _ in range(n_users)]
    users_of = [set() for _ in range(n_items)]
    for u, i in interactions.tolist():
        items_of[u].add(i)
        users_of[i].add(u)
    sim = np.zeros((n_items, n_items))
    for i, j in combinations(range(n_items), 2):
        total = 0.0
        for u, v in combinations(sorted(users_of[i] & users_of[j]), 2):
            total += 1.0 / (alpha + len(items_of[u] & items_of[v]))
        sim[i, j] = sim[j, i] = total
    return sim
