"""Up to 20 numbers with a total up to 1000: all zeros, targets beyond reach, odd gaps, many equal numbers."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 20)
V = Bound("nums[i]", 0, 1000)
TOTAL = Bound("sum(nums)", 0, 1000)
T = Bound("target", -1000, 1000)
SIZE = "len(nums)"


def _numbers(rng, n, total):
    """n numbers adding up to exactly `total`."""
    cuts = sorted(rng.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def hidden_cases():
    rng = random.Random(494)
    ones = [1] * 20
    cases = [
        ("one number, hit", {"nums": [7], "target": -7}),
        ("one zero, target 0", {"nums": [0], "target": 0}),
        ("target beyond reach", {"nums": [1, 2], "target": 4}),
        ("target far below reach", {"nums": [1, 2], "target": -5}),
        ("odd gap to the total", {"nums": [1, 1, 1], "target": 0}),
        ("20 zeros, target 0", {"nums": [0] * 20, "target": 0}),
        ("20 ones, target 0", {"nums": ones, "target": 0}),
        ("20 ones, target 20", {"nums": ones, "target": 20}),
        ("20 ones, target -2", {"nums": ones, "target": -2}),
        ("ten zeros and ten ones", {"nums": [0, 1] * 10, "target": 2}),
        ("largest total, target 0", {"nums": [50] * 20, "target": 0}),
        ("largest total, target -1000", {"nums": [50] * 20, "target": -1000}),
        ("largest total, target 1000, one number", {"nums": [1000], "target": 1000}),
        ("largest total, beyond reach", {"nums": _numbers(rng, 20, 999), "target": 1000}),
        ("largest total, random numbers, target 0", {"nums": _numbers(rng, 20, 1000), "target": 0}),
        ("largest total, random numbers, target 100", {"nums": _numbers(rng, 20, 1000), "target": 100}),
        ("largest total, odd gap", {"nums": _numbers(rng, 20, 1000), "target": 101}),
    ]
    for seed in range(1, 7):
        r = random.Random(seed)
        nums = _numbers(r, r.randint(1, 20), r.randint(0, 1000))
        total = sum(nums)
        cases.append((f"random {seed}", {"nums": nums, "target": r.randint(-total, total)}))
    return cases


@st.composite
def _inputs(draw):
    nums = draw(st.lists(st.integers(0, 6), min_size=1, max_size=8))
    total = sum(nums)
    return {"nums": nums, "target": draw(st.integers(-total - 2, total + 2))}


def strategy():
    return _inputs()


def validate(case):
    nums = case["nums"]
    N.check(len(nums))
    V.check_all(nums)
    TOTAL.check(sum(nums))
    T.check(case["target"])


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"nums": _numbers(rng, n, 1000), "target": 0}
