# Pure Python: skip p = 0, return inf as soon as q = 0 under p > 0; p (ln p - ln q) per term.
import math

import numpy as np


def kl_divergence(p, q):
    out = []
    for ps, qs in zip(p.tolist(), q.tolist()):
        total = 0.0
        for a, b in zip(ps, qs):
            if a == 0.0:
                continue
            if b == 0.0:
                total = math.inf
                break
            total += a * (math.log(a) - math.log(b))
        out.append(total)
    return np.array(out)
