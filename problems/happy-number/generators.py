"""Happy and unhappy numbers from 1 to 2^31 - 1: single digits (7 is happy), numbers reaching 1 only after many
steps, the largest allowed n, and numbers already on the unhappy cycle."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 2**31 - 1)
SIZE = "n"


def _happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(digit) ** 2 for digit in str(n))
    return n == 1


def hidden_cases():
    rng = random.Random(202)
    named = [("one", 1), ("seven, happy after five steps", 7), ("four, on the unhappy cycle", 4),
             ("ten", 10), ("89, on the unhappy cycle", 89), ("100", 100), ("2^31 - 1", N.max),
             ("2^31 - 2", N.max - 1), ("1111111111", 1111111111), ("999999999", 999999999),
             ("78999, happy after many steps", 78999), ("356, happy", 356), ("1000000000", 10**9)]
    cases = [(name, {"n": n}) for name, n in named]
    happy = [n for n in (rng.randint(10**8, N.max) for _ in range(4000)) if _happy(n)][:5]
    cases += [(f"large happy {index + 1}", {"n": n}) for index, n in enumerate(happy)]
    cases += [(f"random {index + 1}", {"n": N.draw(rng)}) for index in range(5)]
    return cases


def strategy():
    return st.fixed_dictionaries({"n": st.one_of(st.integers(1, 1000), N.integers())})


def validate(case):
    N.check(case["n"])


def input_of_size(n, rng):
    return {"n": N.clamp(n)}
