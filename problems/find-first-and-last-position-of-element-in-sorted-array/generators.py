"""The largest lists (10^5 values): long runs of the target, absent targets, extremes."""

import random

MAX_N, BOUND = 10**5, 10**9


def _sorted_values(n, low, high, rng):
    return sorted(rng.randint(low, high) for _ in range(n))


def hidden_cases():
    rng = random.Random(34)
    wide = _sorted_values(MAX_N, -BOUND + 1, BOUND - 1, rng)
    present = set(wide)
    absent = next(x for x in range(wide[500], BOUND) if x not in present)
    few = _sorted_values(MAX_N, -5, 5, rng)
    run = [-BOUND] * 10 + [7] * (MAX_N - 20) + [BOUND] * 10
    return [
        ("largest, few distinct values", {"nums": few, "target": 0}),
        ("largest, few distinct values, the smallest", {"nums": few, "target": -5}),
        ("largest, few distinct values, the largest", {"nums": few, "target": 5}),
        ("largest, absent, above all", {"nums": few, "target": 6}),
        ("largest, one long run", {"nums": run, "target": 7}),
        ("largest, absent next to a long run", {"nums": run, "target": 8}),
        ("largest, all equal", {"nums": [-3] * MAX_N, "target": -3}),
        ("largest, wide values, present", {"nums": wide, "target": wide[rng.randrange(MAX_N)]}),
        ("largest, wide values, absent", {"nums": wide, "target": absent}),
        ("largest, extreme target below all", {"nums": wide, "target": -BOUND}),
        ("largest, extreme target above all", {"nums": wide, "target": BOUND}),
    ]


def strategy():
    from hypothesis import strategies as st

    return st.builds(lambda nums, target: {"nums": sorted(nums), "target": target},
                     st.lists(st.integers(-5, 5), max_size=12), st.integers(-6, 6))


def validate(case):
    nums, target = case["nums"], case["target"]
    assert 0 <= len(nums) <= MAX_N, f"len(nums) = {len(nums)} is over {MAX_N}"
    assert all(-BOUND <= x <= BOUND for x in nums), "some nums[i] is outside [-10^9, 10^9]"
    assert all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1)), "nums is not sorted"
    assert -BOUND <= target <= BOUND, "target is outside [-10^9, 10^9]"


SIZE = "len(nums)"


def input_of_size(n, rng):
    nums = _sorted_values(n, -n // 4, n // 4, rng)
    return {"nums": nums, "target": rng.choice(nums) if nums else 0}
