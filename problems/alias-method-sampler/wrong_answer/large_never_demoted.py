# Bug: a large column whose leftover falls below 1 goes back to the large list,
# so it is later paired as if it still had a full column to give.
import numpy as np


def _weights(counts, power):
    counts = np.asarray(counts, dtype=np.float64)
    weights = np.where(counts > 0, counts ** power, 0.0)  # 0 ** 0 would be 1: an unseen word stays at 0
    return weights / weights.sum()


def alias_sampler(counts, power, n, seed):
    p = _weights(counts, power)
    size = len(p)
    scaled = (p * size).tolist()
    prob = [1.0] * size
    alias = list(range(size))
    small = [i for i, q in enumerate(scaled) if q < 1.0]
    large = [i for i, q in enumerate(scaled) if q >= 1.0]
    while small and large:
        s, l = small.pop(), large.pop()
        prob[s], alias[s] = scaled[s], l
        scaled[l] -= 1.0 - scaled[s]
        large.append(l)
    for i in small:  # only rounding leaves an entry here: its column keeps itself
        if p[i] > 0:
            prob[i] = 1.0
        else:
            prob[i], alias[i] = 0.0, large[0] if large else int(np.argmax(p))
    prob, alias = np.array(prob), np.array(alias, dtype=np.int64)
    rng = np.random.default_rng(seed)
    columns = rng.integers(0, size, size=n)
    coins = rng.random(size=n)
    samples = np.where(coins < prob[columns], columns, alias[columns])
    return prob, alias, samples
