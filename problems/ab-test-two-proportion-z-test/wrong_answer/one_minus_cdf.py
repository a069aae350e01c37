# Bug: p = 2 * (1 - Phi(|z|)): Phi(|z|) rounds towards 1, so tiny p-values lose every digit (or become 0).
import math
from statistics import NormalDist


def two_proportion_z_test(conversions_a, visitors_a, conversions_b, visitors_b):
    p_a, p_b = conversions_a / visitors_a, conversions_b / visitors_b
    pooled = (conversions_a + conversions_b) / (visitors_a + visitors_b)
    z = (p_b - p_a) / math.sqrt(pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b))
    return z, 2 * (1 - NormalDist().cdf(abs(z)))
