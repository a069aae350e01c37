"""Up to 10^5 values: random, decreasing (the deque holds a whole window), many ties, k of every size."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(nums), with k = len(nums) / 2"
LENGTH = Bound("len(nums)", 1, 10**5)
VALUE = Bound("nums[i]", -10**4, 10**4)


def hidden_cases():
    rng = random.Random(239)
    n = LENGTH.max
    decreasing = [VALUE.max - (i * (VALUE.max - VALUE.min)) // n for i in range(n)]
    return [
        ("largest, random, k = n / 2", {"nums": VALUE.sample(rng, n), "k": n // 2}),
        ("largest, decreasing, k = n / 2", {"nums": decreasing, "k": n // 2}),
        ("largest, increasing, k = n / 2", {"nums": decreasing[::-1], "k": n // 2}),
        ("largest, values 0 and 1, k = 1000", {"nums": [rng.randint(0, 1) for _ in range(n)], "k": 1000}),
        ("largest, all equal, k = 3", {"nums": [7] * n, "k": 3}),
        ("largest, k = 1", {"nums": VALUE.sample(rng, n), "k": 1}),
        ("largest, k = n", {"nums": VALUE.sample(rng, n), "k": n}),
        ("largest, random, k = 2", {"nums": VALUE.sample(rng, n), "k": 2}),
    ] + [(f"random {seed}", _small(random.Random(seed))) for seed in range(1, 9)]


def _small(rng):
    nums = [rng.randint(-3, 3) for _ in range(rng.randint(1, 15))]
    return {"nums": nums, "k": rng.randint(1, len(nums))}


@st.composite
def _inputs(draw):
    nums = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=12))
    return {"nums": nums, "k": draw(st.integers(1, len(nums)))}


def strategy():
    return _inputs()


def validate(case):
    nums, k = case["nums"], case["k"]
    LENGTH.check(len(nums))
    VALUE.check_all(nums)
    assert isinstance(k, int) and 1 <= k <= len(nums), f"k = {k} must be in 1..len(nums) = {len(nums)}"


def input_of_size(size, rng):
    n = LENGTH.clamp(size)
    return {"nums": VALUE.sample(rng, n), "k": max(1, n // 2)}
