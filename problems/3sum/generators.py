"""Large cases near len(nums) = 3000: an O(n^3) scan of every triple cannot finish them.

Sums of three odd numbers are odd, so an all-odd list has no triple at all while still
forcing an O(n^2) search; a few even values then add a handful of answers.
"""

import random

from hypothesis import strategies as st

N, LIMIT = 3000, 10**5


def _odd_values(rng, n):
    return rng.sample(range(-LIMIT + 1, LIMIT, 2), n)


def _with_evens(seed):
    rng = random.Random(seed)
    evens = rng.sample(range(-LIMIT, LIMIT + 1, 2), 12)
    nums = _odd_values(rng, N - len(evens)) + evens
    rng.shuffle(nums)
    return {"nums": nums}


def _random(seed, n, bound):
    rng = random.Random(seed)
    return {"nums": [rng.randint(-bound, bound) for _ in range(n)]}


def hidden_cases():
    return [
        ("largest, all odd: no triple", {"nums": _odd_values(random.Random(1), N)}),
        ("largest, odd values and a few evens", _with_evens(2)),
        ("largest, all zeros", {"nums": [0] * N}),
        ("largest, values -3..3 repeated", _random(3, N, 3)),
        ("largest, random over the whole range", _random(4, N, LIMIT)),
        ("medium, dense values", _random(5, 400, 60)),
        ("small, dense values", _random(6, 40, 10)),
        ("medium, wide values", _random(7, 1000, 5000)),
    ]


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-8, 8), min_size=3, max_size=12)})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    assert 3 <= len(nums) <= N, f"len(nums) = {len(nums)} is outside 3..{N}"
    for x in nums:
        assert isinstance(x, int) and not isinstance(x, bool), f"{x!r} is not an integer"
        assert -LIMIT <= x <= LIMIT, f"{x} is outside -10^5..10^5"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-LIMIT, LIMIT) for _ in range(max(3, n))]}
