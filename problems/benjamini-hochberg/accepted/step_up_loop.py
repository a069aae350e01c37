# Pure Python: statsmodels' form p / (j / m), a backward loop for the running minimum, and the
# rejections by the step-up rule itself (the largest k with p_(k) <= k q / m).
import numpy as np


def benjamini_hochberg(p_values, q):
    p = p_values.tolist()
    m = len(p)
    order = sorted(range(m), key=p.__getitem__)
    adjusted = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p[i] / (rank / m))
        adjusted[i] = running
    k = max((rank for rank in range(1, m + 1) if p[order[rank - 1]] <= rank / m * q), default=0)
    rejected = [False] * m
    for rank in range(1, k + 1):
        rejected[order[rank - 1]] = True
    return np.array(adjusted), np.array(rejected)
