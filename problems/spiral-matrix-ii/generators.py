"""Every n from 1 to 20: there are only twenty inputs, odd and even sizes alike."""

from judge.kit import Bound

N = Bound("n", 1, 20)
SIZE = "n"


def hidden_cases():
    return N.every_case("n", largest="")


def strategy():
    from hypothesis import strategies as st

    return st.fixed_dictionaries({"n": N.integers()})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
