# Bug: the unpooled (Wald) standard error, which is not the test's null-hypothesis variance.
import math


def two_proportion_z_test(conversions_a, visitors_a, conversions_b, visitors_b):
    p_a, p_b = conversions_a / visitors_a, conversions_b / visitors_b
    se = math.sqrt(p_a * (1 - p_a) / visitors_a + p_b * (1 - p_b) / visitors_b)
    z = (p_b - p_a) / se
    return z, math.erfc(abs(z) / math.sqrt(2))
