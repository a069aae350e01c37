"""Sorted arrays up to the largest allowed (3 * 10^4): all equal, every value once, twice or
three times, runs of growing length, runs of length 3 at the very end and at the start;
the extremes of the values. All equal is where shifting the rest left on each extra copy
is slowest.
"""

import random

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 3 * 10**4)
VALUE = Bound("nums[i]", -10**4, 10**4)
NUMS = IntArray("nums", LENGTH, VALUE)
SIZE = "len(nums)"


def _runs(values, lengths):
    return {"nums": [value for value, length in zip(values, lengths) for _ in range(length)]}


def hidden_cases():
    rng = random.Random(80)
    n = LENGTH.max
    low = VALUE.min
    cases = [
        ("one element", {"nums": [5]}),
        ("two equal", {"nums": [5, 5]}),
        ("three equal", {"nums": [5, 5, 5]}),
        ("three runs of three", {"nums": [1, 1, 1, 2, 2, 2, 3, 3, 3]}),
        ("largest, all equal", {"nums": [7] * n}),
        ("largest, all equal to the smallest value", {"nums": [VALUE.min] * n}),
        ("largest, every value twice", _runs(range(low, low + n // 2), [2] * (n // 2))),
        ("largest, every value three times", _runs(range(low, low + n // 3), [3] * (n // 3))),
        ("largest, runs of 1, 2, 3, 1, 2, 3, ...", _runs(range(low, low + n // 2), [1, 2, 3] * (n // 6))),
        ("largest, growing runs", _runs(range(low, VALUE.max + 1), [k for k in range(1, 245)])),
        ("largest, distinct then one long run", {"nums": list(range(low, VALUE.max + 1)) + [VALUE.max] * (n - 20001)}),
        ("largest, one long run then distinct", {"nums": [low] * (n - 20000) + list(range(low + 1, VALUE.max + 1))}),
        ("largest, random", {"nums": sorted(VALUE.sample(rng, n))}),
        ("largest, random from 100 values", {"nums": sorted(rng.randint(-50, 49) for _ in range(n))}),
    ]
    for index in range(6):
        size = rng.randint(1, 3000)
        cases.append((f"random {index + 1}", {"nums": sorted(rng.randint(-5, 5) for _ in range(size))}))
    return cases


def strategy():
    from hypothesis import strategies as st

    return st.lists(st.integers(-3, 3), min_size=1, max_size=12).map(lambda nums: {"nums": sorted(nums)})


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums must be sorted in non-decreasing order"


def input_of_size(n, rng):
    return {"nums": sorted(rng.randint(-10**4, 10**4) for _ in range(n))}
