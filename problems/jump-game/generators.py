"""10^4 jumps: a wall just before the end that every route stops at, zeros to clear, long jumps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 10**4)
JUMP = Bound("nums[i]", 0, 10**5)
NUMS = IntArray("nums", LENGTH, JUMP)
SIZE = "len(nums)"


def _wall_before_end(n):
    """Every index reaches exactly index n - 2, whose 0 stops it: false, after exploring everything."""
    return [n - 2 - i for i in range(n - 1)] + [1]


def _zeros_to_clear(n):
    """Every other index is a 0, and each 2 before it clears it: true, but only just."""
    return [2, 0] * (n // 2) + [0] * (n % 2)


def _one_gap_too_wide(n):
    """Jumps of exactly 1 up to a run of three 0s that a jump of 3 cannot clear."""
    middle = n // 2
    return [1] * middle + [3, 0, 0, 0] + [1] * (n - middle - 4)


def hidden_cases():
    rng = random.Random(55)
    n = LENGTH.max
    return [
        ("one index", {"nums": [0]}),
        ("zero at the start", {"nums": [0, 1]}),
        ("zero only at the end", {"nums": [1, 1, 0]}),
        ("largest, wall just before the end", {"nums": _wall_before_end(n)}),
        ("largest, zeros to clear", {"nums": _zeros_to_clear(n)}),
        ("largest, one gap too wide", {"nums": _one_gap_too_wide(n)}),
        ("largest, all ones", {"nums": [1] * n}),
        ("largest, all at the maximum", {"nums": [JUMP.max] * n}),
        ("largest, random small jumps", {"nums": [rng.choice([0, 0, 1, 2, 3]) for _ in range(n)]}),
        ("largest, random", {"nums": JUMP.sample(rng, n)}),
        ("largest, first jump to the end, rest zero", {"nums": [n - 1] + [0] * (n - 1)}),
    ]


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(0, 4), min_size=LENGTH.min, max_size=12)})


validate = NUMS.validate


def input_of_size(n, rng):
    return {"nums": [rng.randint(1, 3) for _ in range(LENGTH.clamp(n))]}
