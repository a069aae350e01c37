"""10^4 indices: long jumps everywhere, jumps of 1, zeros to jump over, decoys with big numbers."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 10**4)
JUMP = Bound("nums[i]", 0, 1000)
NUMS = IntArray("nums", LENGTH, JUMP)
SIZE = "len(nums)"


def reachable(nums):
    """The same list with each index that blocks the way raised to a jump of 1: the end is then reachable."""
    nums, reach = list(nums), 0
    for i in range(len(nums) - 1):
        if reach == i and nums[i] == 0:
            nums[i] = 1
        reach = max(reach, i + nums[i])
    return nums


def _decoys(n):
    """From each 5, the biggest number in range (7) reaches less far than the 6 further on."""
    pattern = [5, 7, 0, 0, 0, 6, 0, 0]
    return reachable((pattern * (n // len(pattern) + 1))[:n])


def hidden_cases():
    rng = random.Random(45)
    n = LENGTH.max
    return [
        ("one index", {"nums": [0]}),
        ("two indices", {"nums": [1, 0]}),
        ("a single jump lands on the last index", {"nums": [3, 1, 1, 0]}),
        ("largest, every jump at the maximum", {"nums": [JUMP.max] * n}),
        ("largest, random", {"nums": reachable(JUMP.sample(rng, n))}),
        ("largest, random short jumps with zeros", {"nums": reachable([rng.randint(0, 4) for _ in range(n)])}),
        ("largest, decoys", {"nums": _decoys(n)}),
        ("largest, jumps of 2 over zeros", {"nums": [2, 0] * (n // 2)}),
        ("largest, jump lengths falling", {"nums": [max(1, JUMP.max - i // 10) for i in range(n)]}),
        ("largest, all ones", {"nums": [1] * n}),
    ]


def strategy():
    lists = st.lists(st.integers(0, 4), min_size=LENGTH.min, max_size=12)
    return lists.map(lambda nums: {"nums": reachable(nums)})


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    reach = 0
    for i in range(len(nums) - 1):
        assert i <= reach, f"index {i} cannot be reached, so neither can the last index"
        reach = max(reach, i + nums[i])
    assert reach >= len(nums) - 1, "the last index cannot be reached"


def input_of_size(n, rng):
    return {"nums": reachable([rng.randint(0, 5) for _ in range(LENGTH.clamp(n))])}
