"""Up to 100 numbers: target absent, everywhere, smallest, largest, repeated many times."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

LENGTH = Bound("len(nums)", 1, 100)
VALUE = Bound("nums[i], target", 1, 100)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(2089)
    n = LENGTH.max
    few = [rng.randint(1, 5) for _ in range(n)]
    return [
        ("one number, found", {"nums": [7], "target": 7}),
        ("one number, absent", {"nums": [7], "target": 8}),
        ("largest, target absent", {"nums": [v for v in VALUE.sample(rng, n) if v != 50] or [1], "target": 50}),
        ("largest, every number is target", {"nums": [42] * n, "target": 42}),
        ("largest, target is the smallest", {"nums": [1] * 10 + [rng.randint(2, 100) for _ in range(90)], "target": 1}),
        ("largest, target is the largest", {"nums": [100] * 3 + [rng.randint(1, 99) for _ in range(97)], "target": 100}),
        ("largest, few distinct values", {"nums": few, "target": 3}),
        ("largest, random", {"nums": VALUE.sample(rng, n), "target": rng.randint(1, 100)}),
        ("largest, descending", {"nums": list(range(100, 0, -1)), "target": 37}),
    ]


def strategy():
    return st.fixed_dictionaries({
        "nums": st.lists(st.integers(1, 6), min_size=LENGTH.min, max_size=12),
        "target": st.integers(1, 6),
    })


def validate(case):
    nums, target = case["nums"], case["target"]
    assert isinstance(nums, list), "nums must be a list"
    LENGTH.check(len(nums))
    VALUE.check_all(nums, "nums")
    VALUE.check(target, "target")


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"nums": VALUE.sample(rng, n), "target": rng.randint(1, 100)}
