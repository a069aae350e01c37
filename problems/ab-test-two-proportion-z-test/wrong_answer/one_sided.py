# Bug: a one-sided p-value (a single tail) where the test is two-sided.
import math


def two_proportion_z_test(conversions_a, visitors_a, conversions_b, visitors_b):
    p_a, p_b = conversions_a / visitors_a, conversions_b / visitors_b
    pooled = (conversions_a + conversions_b) / (visitors_a + visitors_b)
    z = (p_b - p_a) / math.sqrt(pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b))
    return z, 0.5 * math.erfc(abs(z) / math.sqrt(2))
