"""Even n from 0 to 2^31 - 2: 0, 2, single bits, the largest, palindromic bit patterns, random."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 0, 2**31 - 2)
SIZE = "n"


def hidden_cases():
    rng = random.Random(190)
    named = [("0", 0), ("2", 2), ("2^30", 2**30), ("2^31 - 2, bits 1 to 30", N.max), ("2^16", 2**16),
             ("2^15", 2**15), ("0x0FF0 pattern", 0x0FF00FF0), ("alternating 0101...0", 0x55555554),
             ("alternating 1010...0", 0x2AAAAAAA), ("bit-palindrome 0x40000002", 0x40000002)]
    cases = [(name, {"n": n}) for name, n in named]
    cases += [(f"random {index + 1}", {"n": rng.randint(0, N.max // 2) * 2}) for index in range(6)]
    return cases


def strategy():
    return st.fixed_dictionaries({"n": st.one_of(st.integers(0, 64), N.integers()).map(lambda n: n - n % 2)})


def validate(case):
    N.check(case["n"])
    assert case["n"] % 2 == 0, f"n = {case['n']} must be even"


def input_of_size(n, rng):
    return {"n": N.clamp(n) - N.clamp(n) % 2}
