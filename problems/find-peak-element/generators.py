"""1000 numbers: rising to the end, falling, zigzags, one mountain, and the 32-bit extremes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 1000)
VALUE = Bound("nums[i]", -2**31, 2**31 - 1)
NUMS = IntArray("nums", LENGTH, VALUE)
SIZE = "len(nums)"


def no_equal_neighbours(nums):
    """`nums` with each number equal to the one before it dropped."""
    kept = nums[:1]
    for x in nums[1:]:
        if x != kept[-1]:
            kept.append(x)
    return kept


def _random(rng, n):
    nums = [VALUE.draw(rng)]
    while len(nums) < n:
        x = VALUE.draw(rng)
        if x != nums[-1]:
            nums.append(x)
    return nums


def _mountain(n, top):
    """Rises to index `top`, then falls: the only peak is there."""
    return [i if i <= top else 2 * top - i for i in range(n)]


def hidden_cases():
    rng = random.Random(162)
    n = LENGTH.max
    return [
        ("one number, the smallest int", {"nums": [VALUE.min]}),
        ("two numbers, rising", {"nums": [VALUE.min, VALUE.min + 1]}),
        ("two numbers, falling", {"nums": [VALUE.max, VALUE.max - 1]}),
        ("largest, rising to the end", {"nums": list(range(VALUE.max - n + 1, VALUE.max + 1))}),
        ("largest, falling from the start", {"nums": list(range(VALUE.min + n - 1, VALUE.min - 1, -1))}),
        ("largest, one mountain off centre", {"nums": _mountain(n, 700)}),
        ("largest, zigzag", {"nums": [i % 2 for i in range(n)]}),
        ("largest, random", {"nums": _random(rng, n)}),
        ("largest, random near the smallest int", {"nums": no_equal_neighbours(
            [VALUE.min + rng.randint(0, 3) for _ in range(n)])}),
        *[(f"random {i}", {"nums": _random(rng, rng.randint(1, 40))}) for i in range(6)],
    ]


def strategy():
    lists = st.lists(st.integers(-10, 10), min_size=LENGTH.min, max_size=12)
    return lists.map(lambda nums: {"nums": no_equal_neighbours(nums)})


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    for i in range(len(nums) - 1):
        assert nums[i] != nums[i + 1], f"nums[{i}] and nums[{i + 1}] are equal ({nums[i]}); neighbours must differ"


def input_of_size(n, rng):
    return {"nums": _random(rng, LENGTH.clamp(n))}
