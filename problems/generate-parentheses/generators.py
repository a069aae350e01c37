"""Every allowed n, 1 to 8: the answer has up to 1430 strings, so each n is its own case."""

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 8)
SIZE = "n"


def hidden_cases():
    return N.every_case("n", label="n={value}", largest=", largest")


def strategy():
    return st.fixed_dictionaries({"n": N.integers(high=6)})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
