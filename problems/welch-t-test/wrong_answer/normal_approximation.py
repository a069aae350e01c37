# Bug: the normal distribution instead of Student's t for the p-value and the critical value.
import math
from statistics import NormalDist

import numpy as np


def welch_t_test(a, b, confidence):
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = math.sqrt(va + vb)
    diff = float(a.mean() - b.mean())
    t = diff / se
    df = (va + vb) ** 2 / (va * va / (len(a) - 1) + vb * vb / (len(b) - 1))
    p = math.erfc(abs(t) / math.sqrt(2))
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    return t, df, p, diff - z * se, diff + z * se
