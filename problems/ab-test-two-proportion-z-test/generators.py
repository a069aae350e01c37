"""A/B tests from tiny to a billion visitors per arm, from no effect to |z| near 30."""

import math
import random

from hypothesis import strategies as st

MAX_VISITORS, MAX_Z = 10**9, 30.0
SIZE = "none: O(1) arithmetic"
NAMES = ("conversions_a", "visitors_a", "conversions_b", "visitors_b")


def z_score(x_a, n_a, x_b, n_b):
    pooled = (x_a + x_b) / (n_a + n_b)
    return (x_b / n_b - x_a / n_a) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))


def _experiment(n_a, n_b, rate_a, rate_b, rng):
    """Conversions near the expected counts, jittered by a few standard deviations."""
    def draw(n, rate):
        sd = math.sqrt(n * rate * (1 - rate))
        return max(0, min(n, round(n * rate + rng.gauss(0, 1) * sd)))
    return dict(zip(NAMES, (draw(n_a, rate_a), n_a, draw(n_b, rate_b), n_b)))


def hidden_cases():
    rng = random.Random(21)
    cases = []
    for n_a, n_b, rate_a, rate_b in [
            (50, 60, 0.1, 0.12), (1000, 1000, 0.05, 0.05), (2000, 1800, 0.3, 0.33), (10**4, 10**4, 0.02, 0.025),
            (10**5, 2 * 10**5, 0.1, 0.1), (10**6, 10**6, 0.031, 0.0315), (10**6, 10**6, 0.02, 0.026),
            (10**7, 10**7, 0.5, 0.501), (10**8, 10**8, 0.001, 0.00102), (10**9, 10**9, 0.2, 0.2003),
            (10**9, 10**9, 0.04, 0.0402), (10**9, 5, 0.5, 0.5)]:
        cases.append((f"n = {n_a} vs {n_b}, rates {rate_a} vs {rate_b}", _experiment(n_a, n_b, rate_a, rate_b, rng)))
    return cases


@st.composite
def _inputs(draw):
    n_a = draw(st.one_of(st.integers(1, 30), st.integers(1, 10**4), st.integers(1, MAX_VISITORS)))
    n_b = draw(st.one_of(st.integers(1, 30), st.integers(1, 10**4), st.integers(1, MAX_VISITORS)))
    x_a, x_b = draw(st.integers(0, n_a)), draw(st.integers(0, n_b))
    return dict(zip(NAMES, (x_a, n_a, x_b, n_b)))


def _distinct_enough(x_a, n_a, x_b, n_b):
    """Equal rates, or rates apart by more than 1e-6 relative (so float rounding cannot matter)."""
    gap = abs(x_b * n_a - x_a * n_b)  # exact: |rate_b - rate_a| * n_a * n_b
    return gap == 0 or gap > 1e-6 * max(x_a * n_b, x_b * n_a)


def _fair(case):
    x_a, n_a, x_b, n_b = (case[name] for name in NAMES)
    return (0 < x_a + x_b < n_a + n_b and abs(z_score(x_a, n_a, x_b, n_b)) <= MAX_Z
            and _distinct_enough(x_a, n_a, x_b, n_b))


def strategy():
    return _inputs().filter(_fair)


def validate(input):
    x_a, n_a, x_b, n_b = (input[name] for name in NAMES)
    assert all(isinstance(v, int) for v in (x_a, n_a, x_b, n_b)), "every argument must be an int"
    assert 1 <= n_a <= MAX_VISITORS and 1 <= n_b <= MAX_VISITORS, "visitors must be in [1, 10^9]"
    assert 0 <= x_a <= n_a and 0 <= x_b <= n_b, "conversions must be in [0, visitors]"
    assert 0 < x_a + x_b < n_a + n_b, "the pooled rate must be strictly between 0 and 1"
    assert _distinct_enough(x_a, n_a, x_b, n_b), "the rates differ, but by less than 1e-6 relative"
    z = z_score(x_a, n_a, x_b, n_b)
    assert abs(z) <= MAX_Z, f"|z| = {abs(z):.2f} is over 30"


def input_of_size(n, rng):
    # At least 100 visitors, so some convert and some do not (a pooled rate of 0 is refused), and arms of
    # different sizes, so their rates differ.
    visitors = max(100, min(MAX_VISITORS - 1, n))
    return _experiment(visitors, visitors + 1, 0.1, 0.1, rng)
