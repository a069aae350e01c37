"""Random rows up to the largest allowed (300), plus skewed and reversed ones."""

import random

MAX_N = 300


def _row(n, weights, rng):
    return rng.choices([0, 1, 2], weights=weights, k=n)


def hidden_cases():
    rng = random.Random(75)
    cases = [(f"random n={n}", {"nums": _row(n, (1, 1, 1), rng)}) for n in (5, 17, 64, 150, MAX_N)]
    cases += [
        ("largest, mostly twos", {"nums": _row(MAX_N, (1, 1, 20), rng)}),
        ("largest, mostly zeros", {"nums": _row(MAX_N, (20, 1, 1), rng)}),
        ("largest, sorted backwards", {"nums": [2] * 100 + [1] * 100 + [0] * 100}),
        ("largest, alternating 2 and 0", {"nums": [2, 0] * 150}),
        ("largest, all ones", {"nums": [1] * MAX_N}),
    ]
    return cases


def strategy():
    from hypothesis import strategies as st

    return st.lists(st.integers(0, 2), min_size=1, max_size=12).map(lambda nums: {"nums": nums})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    assert 1 <= len(nums) <= MAX_N, f"len(nums) = {len(nums)} is outside [1, {MAX_N}]"
    assert all(x in (0, 1, 2) and type(x) is int for x in nums), "every nums[i] must be 0, 1 or 2"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(3) for _ in range(n)]}
