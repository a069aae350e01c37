"""Large hidden cases: an O(n^2) pair scan cannot finish them in time."""

import random


def _case(n, seed):
    """Negative decoys (no two of them, nor a decoy and a pair member, reach the target), pair last."""
    rng = random.Random(seed)
    decoys = rng.sample(range(-10**9, 0), n - 2)
    return {"nums": decoys + [1, 10**9], "target": 10**9 + 1}


def hidden_cases():
    return [("largest, pair at the end", _case(100_000, 1)), ("large", _case(50_000, 2))]


SIZE = "len(nums)"


def strategy():
    """Small inputs with exactly one valid pair: distinct values, so no other pair can tie."""
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        nums = draw(st.lists(st.integers(-20, 20), min_size=2, max_size=10, unique=True))
        i, j = draw(st.sampled_from([(a, b) for a in range(len(nums)) for b in range(a + 1, len(nums))]))
        target = nums[i] + nums[j]
        pairs = sum(1 for a in range(len(nums)) for b in range(a + 1, len(nums)) if nums[a] + nums[b] == target)
        from hypothesis import assume

        assume(pairs == 1)
        return {"nums": nums, "target": target}

    return inputs()


def validate(case):
    nums, target = case["nums"], case["target"]
    assert 2 <= len(nums) <= 10**5, "2 <= len(nums) <= 10^5"
    assert all(-10**9 <= x <= 10**9 for x in nums), "-10^9 <= nums[i] <= 10^9"
    assert -10**9 <= target <= 10**9, "-10^9 <= target <= 10^9"
    seen, pairs = {}, 0
    for x in nums:
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert pairs == 1, f"exactly one pair must add up to target, found {pairs}"


def input_of_size(n, rng):
    return _case(max(n, 2), rng.randrange(10**6))
