"""Large cases: many distinct values, and a clear gap after the k-th most frequent."""

import random


def _case(k, seed, n=100_000):
    rng = random.Random(seed)
    values = rng.sample(range(-10**4, 10**4 + 1), 20_001)
    top, rest = values[:k], values[k:]
    nums = []
    for rank, value in enumerate(top):
        nums.extend([value] * (50 + rank))  # distinct counts, all above the rest
    while len(nums) < n:
        nums.append(rng.choice(rest))  # each of the rest occurs a handful of times
    rng.shuffle(nums)
    return {"nums": nums, "k": k}


def hidden_cases():
    return [("large, k = 10", _case(10, 1)), ("large, k = 500", _case(500, 2))]


SIZE = "len(nums)"


def strategy():
    """Small inputs whose k-th and (k+1)-th counts differ, so the answer is unique."""
    from collections import Counter

    from hypothesis import assume
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        nums = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=12))
        counts = sorted(Counter(nums).values(), reverse=True)
        k = draw(st.integers(1, len(counts)))
        assume(k == len(counts) or counts[k - 1] != counts[k])
        return {"nums": nums, "k": k}

    return inputs()


def validate(case):
    from collections import Counter

    nums, k = case["nums"], case["k"]
    assert 1 <= len(nums) <= 10**5, "1 <= len(nums) <= 10^5"
    assert all(-10**4 <= x <= 10**4 for x in nums), "-10^4 <= nums[i] <= 10^4"
    counts = sorted(Counter(nums).values(), reverse=True)
    assert 1 <= k <= len(counts), "1 <= k <= number of distinct values"
    assert k == len(counts) or counts[k - 1] != counts[k], "the answer must be unique"


def input_of_size(n, rng):
    return _case(min(10, max(1, n // 100)), rng.randrange(10**6), n=max(n, 600))
