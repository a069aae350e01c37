"""Every allowed n (1 to 45), small to large: the largest makes the plain recursion run for minutes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "n"
N = Bound("n", 1, 45)


def hidden_cases():
    return N.every_case("n")


def strategy():
    return st.fixed_dictionaries({"n": N.integers(high=30)})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng: random.Random):
    return {"n": N.clamp(n)}
