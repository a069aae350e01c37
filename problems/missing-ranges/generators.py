"""Ranges up to the full [-10^9, 10^9] with up to 100 numbers: gaps at both ends, none at all, single
missing numbers, runs of consecutive numbers. Walking the whole range takes 2 * 10^9 steps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 0, 100)
V = Bound("lower, upper, nums[i]", -10**9, 10**9)
SIZE = "len(nums)"


def _case(nums, lower, upper):
    return {"nums": sorted(nums), "lower": lower, "upper": upper}


def hidden_cases():
    rng = random.Random(163)
    low, high = V.min, V.max
    runs = []
    for start in sorted(rng.sample(range(low, high, 1000), 10)):
        runs += range(start, start + 10)
    cases = [
        ("widest range, 100 numbers spread out", _case(V.distinct(rng, N.max), low, high)),
        ("widest range, no numbers", _case([], low, high)),
        ("widest range, both ends present", _case([low, high] + V.distinct(rng, 98), low, high)),
        ("widest range, ten runs of ten", _case(runs, low, high)),
        ("widest range, every other number near the top", _case(list(range(high - 198, high + 1, 2)), low, high)),
        ("100 numbers filling the range", _case(list(range(-50, 50)), -50, 49)),
        ("100 numbers, one missing in the middle", _case(list(range(-50, 0)) + list(range(1, 51)), -50, 50)),
        ("one number range, absent", _case([], high, high)),
        ("one number range, present", _case([low], low, low)),
        ("gaps of one", _case(list(range(0, 200, 2)), -1, 199)),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        lower = r.randint(-30, 30)
        upper = lower + r.randint(0, 40)
        nums = r.sample(range(lower, upper + 1), r.randint(0, min(N.max, upper - lower + 1)))
        cases.append((f"random {seed}", _case(nums, lower, upper)))
    return cases


@st.composite
def _inputs(draw):
    lower = draw(st.integers(-10, 10))
    upper = draw(st.integers(lower, lower + 15))
    nums = draw(st.lists(st.integers(lower, upper), max_size=10, unique=True))
    return _case(nums, lower, upper)


def strategy():
    return _inputs()


def validate(case):
    nums, lower, upper = case["nums"], case["lower"], case["upper"]
    V.check(lower, "lower")
    V.check(upper, "upper")
    assert lower <= upper, f"lower = {lower} > upper = {upper}"
    assert isinstance(nums, list), "nums must be a list"
    N.check(len(nums))
    Bound("nums[i]", lower, upper).check_all(nums)
    for index in range(1, len(nums)):
        assert nums[index - 1] < nums[index], \
            f"nums[{index - 1}] = {nums[index - 1]}, nums[{index}] = {nums[index]}: nums must be strictly increasing"


def input_of_size(n, rng):
    return _case(V.distinct(rng, N.clamp(n)), V.min, V.max)
