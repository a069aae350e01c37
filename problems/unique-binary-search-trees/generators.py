"""Every allowed n (1 to 19), small to large: the recursion without a memo makes about 3^n calls."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "n"
N = Bound("n", 1, 19)


def hidden_cases():
    return N.every_case("n")


def strategy():
    return st.fixed_dictionaries({"n": N.integers(high=12)})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng: random.Random):
    return {"n": N.clamp(n)}
