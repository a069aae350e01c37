# Vose's method with the small and large columns kept as Python lists filled from numpy
# masks (pairing them front to back), and vectorised sampling.
import numpy as np


def alias_sampler(counts: np.ndarray, power: float, n: int, seed: int):
    c = counts.astype(np.float64)
    w = np.zeros_like(c)
    w[c > 0] = c[c > 0] ** power
    size = len(w)
    q = w / w.sum() * size
    prob = np.ones(size)
    alias = np.arange(size)
    small = list(np.flatnonzero(q < 1.0))
    large = list(np.flatnonzero(q >= 1.0))
    si = li = 0
    while si < len(small) and li < len(large):
        s, l = small[si], large[li]
        si += 1
        prob[s], alias[s] = q[s], l
        q[l] -= 1.0 - q[s]
        if q[l] < 1.0:
            small.append(l)
            li += 1
    for s in small[si:]:
        prob[s] = 1.0 if w[s] > 0 else 0.0
        if w[s] == 0:
            alias[s] = int(np.argmax(w))
    rng = np.random.default_rng(seed)
    columns = rng.integers(0, size, size=n)
    coins = rng.random(size=n)
    return prob, alias, np.where(coins < prob[columns], columns, alias[columns])
