"""The largest lists (10^5): random, sorted, all equal; k small, middle and n.

Sorted and all-equal lists make a quickselect with a fixed pivot quadratic, and a
large k makes removing the maximum k times quadratic.
"""

import random

MAX_N, BOUND = 10**5, 10**4


def _random(n, rng):
    return [rng.randint(-BOUND, BOUND) for _ in range(n)]


def hidden_cases():
    rng = random.Random(215)
    cases = [
        ("largest, random, k = n / 2", {"nums": _random(MAX_N, rng), "k": MAX_N // 2}),
        ("largest, random, k = 1", {"nums": _random(MAX_N, rng), "k": 1}),
        ("largest, random, k = n", {"nums": _random(MAX_N, rng), "k": MAX_N}),
        ("largest, sorted ascending, k = n / 3", {"nums": sorted(_random(MAX_N, rng)), "k": MAX_N // 3}),
        ("largest, sorted descending, k = 2n / 3", {"nums": sorted(_random(MAX_N, rng), reverse=True),
                                                   "k": 2 * MAX_N // 3}),
        ("largest, all equal", {"nums": [7] * MAX_N, "k": 12345}),
        ("largest, three values", {"nums": [rng.choice((-BOUND, 0, BOUND)) for _ in range(MAX_N)], "k": 60000}),
        ("medium, random", {"nums": _random(1000, rng), "k": 250}),
    ]
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        nums = draw(st.lists(st.integers(-10, 10), min_size=1, max_size=12))
        return {"nums": nums, "k": draw(st.integers(1, len(nums)))}

    return inputs()


def validate(case):
    nums, k = case["nums"], case["k"]
    assert 1 <= len(nums) <= MAX_N, f"len(nums) = {len(nums)} is outside [1, {MAX_N}]"
    assert all(-BOUND <= x <= BOUND for x in nums), "some nums[i] is outside [-10^4, 10^4]"
    assert 1 <= k <= len(nums), f"k = {k} is outside [1, len(nums)]"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": _random(n, rng), "k": rng.randint(1, n)}
