# Bug: returns the answers in sorted order instead of the input's order.
import numpy as np


def benjamini_hochberg(p_values, q):
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    # adjusted p_(i) = min over j >= i of m p_(j) / j: a running minimum from the largest p-value down
    adjusted_sorted = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)
    adjusted = adjusted_sorted
    return adjusted, adjusted <= q
