# O(m^2): for every rank, the minimum of m p_(j) / j over all larger ranks, taken afresh.
import numpy as np


def benjamini_hochberg(p_values, q):
    p = p_values.tolist()
    m = len(p)
    order = sorted(range(m), key=p.__getitem__)
    scaled = [p[order[j]] * m / (j + 1) for j in range(m)]
    adjusted = [0.0] * m
    for rank in range(m):
        adjusted[order[rank]] = min(1.0, min(scaled[rank:]))
    adjusted = np.array(adjusted)
    return adjusted, adjusted <= q
