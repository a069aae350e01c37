"""Every sign combination, sums that cross the 10- and 11-bit boundaries, and long carry chains."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

A = Bound("a", -1000, 1000)
B = Bound("b", -1000, 1000)
SIZE = "max(|a|, |b|)"


def hidden_cases():
    rng = random.Random(371)
    cases = [("random", {"a": A.draw(rng), "b": B.draw(rng)}) for _ in range(30)]
    cases += [("carry chain", {"a": (1 << k) - 1, "b": 1}) for k in range(1, 10)]
    cases += [("sum above 1023", {"a": rng.randint(600, 1000), "b": rng.randint(600, 1000)}) for _ in range(5)]
    cases += [("sum below -1024", {"a": rng.randint(-1000, -600), "b": rng.randint(-1000, -600)}) for _ in range(5)]
    return cases


def strategy():
    return st.fixed_dictionaries({"a": A.integers(), "b": B.integers()})


def validate(case):
    A.check(case["a"])
    B.check(case["b"])


def input_of_size(n, rng):
    high = A.clamp(max(1, n))
    return {"a": rng.randint(-high, high), "b": rng.randint(-high, high)}
