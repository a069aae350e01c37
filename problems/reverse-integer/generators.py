"""Every digit count, both signs, and the ten-digit numbers whose reversal lands just inside or just outside 32 bits."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

X = Bound("x", -2**31, 2**31 - 1)
SIZE = "number of digits of x"


def _near_the_limit(rng, sign):
    """A ten-digit x whose reversal starts with 2147483 and ends in 1, so it sits within a few units of a bound."""
    reversed_digits = "2147483" + "".join(rng.choice("0123456789") for _ in range(2)) + "1"
    return sign * int(reversed_digits[::-1])


def hidden_cases():
    rng = random.Random(7)
    cases = []
    for digits in range(1, 11):
        for sign in (1, -1):
            value = sign * rng.randint(10 ** (digits - 1), 10**digits - 1)
            cases.append((f"{digits} digits, {'negative' if sign < 0 else 'positive'}", X.clamp(value)))
    for index in range(12):
        cases.append((f"ten digits near the limit {index}", _near_the_limit(rng, 1 if index % 2 else -1)))
    return [(name, {"x": value}) for name, value in cases]


def strategy():
    return st.fixed_dictionaries({"x": st.one_of(X.integers(-10**4, 10**4), X.integers())})


def validate(case):
    X.check(case["x"])


def input_of_size(n, rng):
    digits = max(1, min(n, 10))
    return {"x": X.clamp(rng.randint(10 ** (digits - 1), 10**digits - 1))}
