"""Exponents at both ends of the 32-bit range with bases near 1 (so x^n stays within 10^4),
negative bases with odd exponents, underflow to 0, and answers at the edge of +-10^4.
n near 2^31 is what makes n multiplications, or a half power computed twice, hopeless."""

import math
import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", -2**31, 2**31 - 1)
X_LIMIT = 100.0
ANSWER_LIMIT = 10**4
NEAR_ONE = 1.000000004  # NEAR_ONE^(2^31) is about 5375


def hidden_cases():
    rng = random.Random(50)
    cases = [
        ("largest n, base just above 1", {"x": NEAR_ONE, "n": N.max}),
        ("smallest n, base just above 1", {"x": NEAR_ONE, "n": N.min}),
        ("largest n, base just below 1", {"x": 0.999999996, "n": N.max}),
        ("largest odd n, negative base near -1", {"x": -NEAR_ONE, "n": N.max}),
        ("smallest n, negative base near -1", {"x": -NEAR_ONE, "n": N.min}),
        ("minus one to the smallest n", {"x": -1.0, "n": N.min}),
        ("minus one to the largest n", {"x": -1.0, "n": N.max}),
        ("one to the smallest n", {"x": 1.0, "n": N.min}),
        ("two to the smallest n underflows to 0", {"x": 2.0, "n": N.min}),
        ("a half to the largest n underflows to 0", {"x": 0.5, "n": N.max}),
        ("zero to the largest n", {"x": 0.0, "n": N.max}),
        ("zero to the first power", {"x": 0.0, "n": 1}),
        ("anything to the power 0", {"x": -37.5, "n": 0}),
        ("answer 10^4", {"x": 10.0, "n": 4}),
        ("answer near -10^4", {"x": -21.5443469, "n": 3}),
        ("largest base squared", {"x": 99.99999, "n": 2}),
        ("largest negative base to -1", {"x": -99.99999, "n": -1}),
        ("negative base, odd exponent", {"x": -2.0, "n": 13}),
        ("negative exponent", {"x": 2.0, "n": -13}),
        ("fractional base, negative exponent", {"x": 0.37, "n": -9}),
    ]
    for index in range(8):
        x = round(rng.uniform(0.5, 3.0) * rng.choice((-1, 1)), 5)
        most = int(math.log(ANSWER_LIMIT) / abs(math.log(abs(x)))) if abs(x) != 1 else 100
        cases.append((f"random {index}", {"x": x, "n": rng.randint(-most, most)}))
    return cases


def _within(case):
    x, n = case["x"], case["n"]
    if x == 0:
        return n > 0
    return n * math.log(abs(x)) <= math.log(ANSWER_LIMIT) + 1e-12


def strategy():
    small = st.fixed_dictionaries({"x": st.integers(-300, 300).map(lambda v: v / 100), "n": st.integers(-12, 12)})
    huge_n = st.fixed_dictionaries({"x": st.sampled_from([1.0, -1.0, 0.5, -0.5, 2.0, NEAR_ONE, -NEAR_ONE]),
                                    "n": N.integers()})
    return st.one_of(small, huge_n).filter(_within)


def validate(case):
    x, n = case["x"], case["n"]
    assert isinstance(x, float), f"x must be a float, found {type(x).__name__} {x!r}"
    assert -X_LIMIT < x < X_LIMIT, f"x = {x} is outside -100.0 < x < 100.0"
    N.check(n)
    assert x != 0 or n > 0, f"x = 0 with n = {n}: x^n is undefined; n must be positive"
    assert _within(case), f"x^n for x = {x}, n = {n} is beyond 10^4"


SIZE = "n"


def input_of_size(n, rng):
    return {"x": 1.000000001, "n": N.clamp(n)}
