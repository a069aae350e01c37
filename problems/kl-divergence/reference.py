import numpy as np


def kl_divergence(p, q):
    p = np.asarray(p, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    support = p > 0
    terms = np.zeros_like(p)  # 0 ln(0 / q) = 0, whatever q is
    with np.errstate(divide="ignore"):  # p > 0 = q: p ln(p / 0) = +inf, as it should be
        terms[support] = p[support] * np.log(p[support] / q[support])
    return terms.sum(axis=1)
