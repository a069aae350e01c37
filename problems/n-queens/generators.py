"""Every n from 1 to 9 (2 and 3 have no placement; 9 has 352)."""

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 9)
SIZE = "n"


def hidden_cases():
    return N.every_case("n", label="n={value}", largest=", largest")


def strategy():
    return st.fixed_dictionaries({"n": N.integers(high=7)})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
