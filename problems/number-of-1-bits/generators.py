"""n from 1 to 2^31 - 1: powers of two (a single high bit), all 31 bits set, bit 30 set, alternating bits."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 2**31 - 1)
SIZE = "n"


def hidden_cases():
    rng = random.Random(191)
    named = [("1", 1), ("2", 2), ("3", 3), ("2^30", 2**30), ("2^31 - 1, all 31 bits", N.max),
             ("2^30 + 1", 2**30 + 1), ("alternating 1010...", int("10" * 15 + "1", 2)),
             ("alternating 0101...", int("01" * 15 + "1", 2)), ("2^16", 2**16), ("2^31 - 2", N.max - 1)]
    cases = [(name, {"n": n}) for name, n in named]
    cases += [(f"random above 2^30, {index + 1}", {"n": rng.randint(2**30, N.max)}) for index in range(4)]
    cases += [(f"random {index + 1}", {"n": N.draw(rng)}) for index in range(4)]
    return cases


def strategy():
    return st.fixed_dictionaries({"n": st.one_of(st.integers(1, 64), N.integers())})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
