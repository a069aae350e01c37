"""Random distinct values; at most 6 of them, so even 720 arrangements are cheap."""

import random

from hypothesis import strategies as st

SIZE = "len(nums)"
MAX_LEN = 6


def hidden_cases():
    cases = []
    for seed in range(1, 15):
        rng = random.Random(seed)
        length = MAX_LEN if seed <= 6 else rng.randint(1, MAX_LEN)
        cases.append((f"random {seed}", {"nums": rng.sample(range(-10, 11), length)}))
    return cases


def strategy():
    return st.lists(st.integers(-10, 10), min_size=1, max_size=MAX_LEN, unique=True).map(lambda v: {"nums": v})


def validate(case):
    nums = case["nums"]
    assert 1 <= len(nums) <= MAX_LEN, "need 1 <= len(nums) <= 6"
    assert all(-10 <= x <= 10 for x in nums), "values must lie in [-10, 10]"
    assert len(set(nums)) == len(nums), "values must be distinct"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(-10, 11), max(1, min(n, MAX_LEN)))}
