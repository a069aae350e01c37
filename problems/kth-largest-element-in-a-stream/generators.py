"""Streams up to 10^4 starting numbers and 10^4 adds, in random order (sorting a copy each add costs
n log n), with k at 1, in the middle, at len(nums) and at len(nums) + 1, and with many repeats."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, calls

N = Bound("len(nums)", 0, 10**4)
V = Bound("nums[i] and val", -10**4, 10**4)
MAX_ADDS = 10**4
SIZE = "number of calls to add (as many starting numbers)"


def _case(k, nums, adds):
    return {"operations": ["KthLargest"] + ["add"] * len(adds),
            "arguments": [[k, nums]] + [[val] for val in adds]}


def hidden_cases():
    rng = random.Random(703)
    n = N.max
    nums, adds = V.sample(rng, n), V.sample(rng, MAX_ADDS)
    increasing = list(range(V.min, V.min + MAX_ADDS))
    cases = [
        ("largest, k in the middle", _case(n // 2, nums, adds)),
        ("largest, k = 1", _case(1, nums, adds)),
        ("largest, k = len(nums)", _case(n, nums, adds)),
        ("largest, k = len(nums) + 1", _case(n + 1, nums, adds)),
        ("largest, few distinct values, k = 3000", _case(3000, [rng.randint(-3, 3) for _ in range(n)],
                                                         [rng.randint(-3, 3) for _ in range(MAX_ADDS)])),
        ("one starting number, 10^4 increasing adds, k = 2", _case(2, [0], increasing)),
        ("no starting numbers, k = 1, 10^4 adds", _case(1, [], adds)),
        ("largest, decreasing adds below everything", _case(50, nums, list(range(V.max, V.max - MAX_ADDS, -1)))),
    ]
    for index in range(4):
        size = rng.randint(0, 50)
        k = rng.randint(1, size + 1)
        cases.append((f"random {index + 1}", _case(k, [rng.randint(-9, 9) for _ in range(size)],
                                                   [rng.randint(-9, 9) for _ in range(rng.randint(1, 40))])))
    return cases


@st.composite
def _streams(draw):
    values = st.integers(-5, 5)
    nums = draw(st.lists(values, max_size=6))
    k = draw(st.integers(1, len(nums) + 1))
    return _case(k, nums, draw(st.lists(values, min_size=1, max_size=8)))


def strategy():
    return _streams()


def validate(case):
    adds = calls.check(case, "KthLargest", {"add": 1}, MAX_ADDS, constructor_arity=2)
    k, nums = case["arguments"][0]
    assert isinstance(nums, list), "nums must be a list"
    N.check(len(nums))
    V.check_all(nums)
    Bound("k", 1, len(nums) + 1).check(k)
    for index, _, (value,) in adds:
        V.check(value, f"val of add {index}")
    assert len(nums) + len(adds) >= k, "there must be at least k numbers when add answers"


def input_of_size(n, rng):
    size = max(1, min(n, MAX_ADDS))
    return _case(max(1, size // 2), V.sample(rng, size), V.sample(rng, size))
