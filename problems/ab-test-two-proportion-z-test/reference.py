import math


def two_proportion_z_test(conversions_a, visitors_a, conversions_b, visitors_b):
    p_a = conversions_a / visitors_a
    p_b = conversions_b / visitors_b
    pooled = (conversions_a + conversions_b) / (visitors_a + visitors_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / visitors_a + 1 / visitors_b))
    z = (p_b - p_a) / se
    p_value = math.erfc(abs(z) / math.sqrt(2))    # = 2 * (1 - Phi(|z|)), without the cancellation
    return z, p_value
