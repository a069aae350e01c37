# z from exact integer arithmetic: (x_b n_a - x_a n_b) sqrt(N) / sqrt(X (N - X) n_a n_b); tail via erfc.
import math


def two_proportion_z_test(conversions_a: int, visitors_a: int, conversions_b: int, visitors_b: int):
    total_x = conversions_a + conversions_b
    total_n = visitors_a + visitors_b
    numerator = conversions_b * visitors_a - conversions_a * visitors_b
    z = numerator * math.sqrt(total_n) / math.sqrt(total_x * (total_n - total_x) * visitors_a * visitors_b)
    return z, 2 * (0.5 * math.erfc(abs(z) / math.sqrt(2)))
