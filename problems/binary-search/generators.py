"""Sorted distinct lists up to 10^4 values: targets at both ends, just outside them and in gaps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 10**4)
V = Bound("nums[i] and target", -10**4 + 1, 10**4 - 1)
SIZE = "len(nums)"


def _sorted(rng, n):
    return sorted(V.distinct(rng, n))


def hidden_cases():
    rng = random.Random(704)
    n = N.max
    nums = _sorted(rng, n)
    present = set(nums)
    gap = next(v for v in range(nums[0], nums[-1]) if v not in present)
    evens = list(range(-9998, 9999, 2))[:n]
    cases = [
        ("largest, first element", {"nums": nums, "target": nums[0]}),
        ("largest, last element", {"nums": nums, "target": nums[-1]}),
        ("largest, middle element", {"nums": nums, "target": nums[n // 2]}),
        ("largest, second to last", {"nums": nums, "target": nums[-2]}),
        ("largest, in a gap", {"nums": nums, "target": gap}),
        ("largest, below every element", {"nums": evens, "target": V.min}),
        ("largest, above every element", {"nums": evens, "target": V.max}),
        ("largest, odd target among evens", {"nums": evens, "target": 1}),
    ]
    for index in range(8):
        size = rng.randint(1, 300)
        values = _sorted(rng, size)
        target = rng.choice(values) if index % 2 else V.draw(rng)
        cases.append((f"random {index + 1}", {"nums": values, "target": target}))
    return cases


@st.composite
def _inputs(draw):
    nums = sorted(draw(st.lists(st.integers(-20, 20), min_size=N.min, max_size=10, unique=True)))
    target = draw(st.one_of(st.sampled_from(nums), st.integers(-22, 22)))
    return {"nums": nums, "target": target}


def strategy():
    return _inputs()


def validate(case):
    nums, target = case["nums"], case["target"]
    assert isinstance(nums, list), "nums must be a list"
    N.check(len(nums))
    V.check_all(nums)
    V.check(target, "target")
    assert all(a < b for a, b in zip(nums, nums[1:])), "nums must be strictly increasing (sorted, distinct)"


def input_of_size(n, rng):
    nums = _sorted(rng, max(N.min, min(n, N.max)))
    return {"nums": nums, "target": rng.choice(nums)}
