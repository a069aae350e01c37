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
