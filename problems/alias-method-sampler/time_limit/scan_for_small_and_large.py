# O(V^2): Walker's table built by scanning every column for one still below 1 and one above
# it at each step.
import numpy as np


def alias_sampler(counts, power, n, seed):
    c = counts.astype(float)
    w = np.where(c > 0, c ** power, 0.0)
    size = len(w)
    q = (w / w.sum() * size).tolist()
    prob, alias = [1.0] * size, list(range(size))
    done = [False] * size
    while True:
        s = next((i for i in range(size) if not done[i] and q[i] < 1.0), None)
        l = next((i for i in range(size) if not done[i] and q[i] >= 1.0), None)
        if s is None or l is None:
            break
        prob[s], alias[s], done[s] = q[s], l, True
        q[l] -= 1.0 - q[s]
    for i in range(size):
        if not done[i] and w[i] == 0:
            prob[i], alias[i] = 0.0, int(np.argmax(w))
    prob, alias = np.array(prob), np.array(alias)
    rng = np.random.default_rng(seed)
    columns = rng.integers(0, size, size=n)
    coins = rng.random(size=n)
    return prob, alias, np.where(coins < prob[columns], columns, alias[columns])
