# Bug: samples with rng.choice(V, size=n, p=p), which has the right distribution but not the
# statement's draws (one integers() call for the columns, then one random() call for the coins).
import numpy as np


def alias_sampler(counts, power, n, seed):
    c = counts.astype(float)
    w = np.where(c > 0, c ** power, 0.0)
    p = w / w.sum()
    size = len(p)
    q = list(p * size)
    prob, alias = [1.0] * size, list(range(size))
    small = [i for i in range(size) if q[i] < 1]
    large = [i for i in range(size) if q[i] >= 1]
    while small and large:
        s, l = small.pop(), large.pop()
        prob[s], alias[s] = q[s], l
        q[l] -= 1 - q[s]
        (small if q[l] < 1 else large).append(l)
    for i in small:
        prob[i] = 1.0 if p[i] > 0 else 0.0
    rng = np.random.default_rng(seed)
    return np.array(prob), np.array(alias), rng.choice(size, size=n, p=p)
