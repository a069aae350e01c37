"""n from 0 to 10^5: 0, 1, powers of two and one below them, the largest."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 0, 10**5)
SIZE = "n"


def hidden_cases():
    rng = random.Random(338)
    named = [0, 1, 2, 3, 4, 7, 8, 1023, 1024, 2**16, 2**16 - 1, N.max - 1, N.max]
    cases = [(f"n = {n}", {"n": n}) for n in named]
    cases += [(f"random {index + 1}", {"n": N.draw(rng)}) for index in range(3)]
    return cases


def strategy():
    return st.fixed_dictionaries({"n": st.integers(0, 40)})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
