"""The largest arrays (10^5 values): random, all negative, all positive, and shapes that break the usual shortcuts.

A deep negative valley between two positive plateaus decides whether crossing pays; a
lone positive among negatives and an all-negative array catch a best that starts at 0.
"""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(nums)"
N = Bound("len(nums)", 1, 10**5)
V = Bound("nums[i]", -10**4, 10**4)


def _valley(n, depth):
    """Two positive plateaus with a negative valley of total `depth` between them."""
    third = n // 3
    valley = [-depth // third] * third
    return [V.max // 2] * third + valley + [V.max // 2] * (n - 2 * third)


def hidden_cases():
    rng = random.Random(53)
    n = N.max
    lone = [V.min] * n
    lone[rng.randrange(n)] = 1
    cases = [(f"random, {size} values", {"nums": V.sample(rng, size)}) for size in (10, 100, 1000)]
    cases += [
        ("largest, random", {"nums": V.sample(rng, n)}),
        ("largest, random, slightly positive", {"nums": [rng.randint(-9990, V.max) for _ in range(n)]}),
        ("largest, all -10^4", {"nums": [V.min] * n}),
        ("largest, all negative, the best in the middle", {"nums": _all_negative(rng, n)}),
        ("largest, one 1 among -10^4s", {"nums": lone}),
        ("largest, all 10^4, the whole array", {"nums": [V.max] * n}),
        ("largest, all zero", {"nums": [0] * n}),
        ("largest, crossing the valley pays", {"nums": _valley(n, 10**6)}),
        ("largest, crossing the valley does not pay", {"nums": _valley(n, 3 * 10**8)}),
        ("largest, alternating +10^4 and -10^4", {"nums": [V.max if i % 2 == 0 else V.min for i in range(n)]}),
        ("largest, small positives among big negatives", {"nums": [rng.choice((3, -2, V.min // 10)) for _ in range(n)]}),
        ("largest, negative numbers then one positive run", {"nums": [-1] * (n - 10) + [V.max] * 10}),
    ]
    return cases


def _all_negative(rng, n):
    nums = [rng.randint(V.min, -2) for _ in range(n)]
    nums[n // 2] = -1
    return nums


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(V.integers(-12, 12), min_size=1, max_size=12)})


def validate(case):
    N.check(len(case["nums"]), "len(nums)")
    V.check_all(case["nums"])


def input_of_size(n, rng):
    return {"nums": V.sample(rng, N.clamp(n))}
