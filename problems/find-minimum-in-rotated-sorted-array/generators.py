"""5000 distinct numbers rotated by every kind of k: not at all, by one, by all but one, halfway."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 5000)
VALUE = Bound("nums[i]", -5000, 5000)
NUMS = IntArray("nums", LENGTH, VALUE)
SIZE = "len(nums)"


def rotated(ascending, k):
    """`ascending` rotated k times (each rotation moves the last number to the front)."""
    k %= len(ascending)
    return ascending[len(ascending) - k:] + ascending[:len(ascending) - k]


def _ascending(rng, n):
    return sorted(VALUE.distinct(rng, n))


def hidden_cases():
    rng = random.Random(153)
    n = LENGTH.max
    largest = _ascending(rng, n)
    return [
        ("one number", {"nums": [7]}),
        ("two numbers, rotated once", {"nums": [2, 1]}),
        ("two numbers, in order", {"nums": [1, 2]}),
        ("three numbers, minimum in the middle", {"nums": [3, 1, 2]}),
        ("largest, in order", {"nums": largest}),
        ("largest, rotated once", {"nums": rotated(largest, 1)}),
        ("largest, rotated n - 1 times", {"nums": rotated(largest, n - 1)}),
        ("largest, rotated halfway", {"nums": rotated(largest, n // 2)}),
        ("largest, rotated at random", {"nums": rotated(largest, rng.randint(1, n))}),
        ("largest, negative numbers only", {"nums": rotated(list(range(-5000, 0)), 1234)}),
        *[(f"random {i}", {"nums": rotated(_ascending(rng, m), rng.randint(1, m))})
          for i, m in enumerate(rng.randint(1, 60) for _ in range(8))],
    ]


@st.composite
def _inputs(draw):
    numbers = draw(st.lists(st.integers(-20, 20), min_size=LENGTH.min, max_size=12, unique=True))
    k = draw(st.integers(1, len(numbers)))
    return {"nums": rotated(sorted(numbers), k)}


def strategy():
    return _inputs()


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    assert len(set(nums)) == len(nums), "the numbers in nums must be distinct"
    drops = sum(nums[i] > nums[i + 1] for i in range(len(nums) - 1))
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0]), "nums must be an ascending list rotated"


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"nums": rotated(_ascending(rng, n), rng.randint(1, n))}
