"""10^5 values forming long runs: walking upwards from every value (O(n^2)) cannot finish, nor can
walking from every copy of a run's first value (a loop over the list instead of the set)."""

import random

from hypothesis import strategies as st

N, V = 10**5, 10**9


def _shuffled(seed, nums):
    random.Random(seed).shuffle(nums)
    return {"nums": nums}


def _short_runs(seed):
    """Runs of 1..50 values with gaps between them; the longest run has the largest values."""
    rng = random.Random(seed)
    nums, start = [], -V
    while len(nums) < N - 200:
        length = rng.randint(1, 50)
        nums += range(start, start + length)
        start += length + rng.randint(2, 1000)
    nums = nums[:N - 200] + list(range(V - 199, V + 1))
    return _shuffled(seed, nums)


def hidden_cases():
    rng = random.Random(1)
    return [
        ("largest, one run up to 10^9", _shuffled(2, list(range(V - N + 1, V + 1)))),
        ("largest, one run, every value twice", _shuffled(3, list(range(-N // 4, N // 4)) * 2)),
        ("largest, one run across zero", _shuffled(4, list(range(-N // 2, N // 2)))),
        ("largest, short runs", _short_runs(5)),
        ("largest, random over the whole range", {"nums": [rng.randint(-V, V) for _ in range(N)]}),
        ("largest, one value", {"nums": [-V] * N}),
        ("largest, a run's first value repeated 50001 times", _shuffled(6, [0] * (N // 2 + 1) + list(range(1, N // 2)))),
        ("medium, dense random", {"nums": [rng.randint(-1000, 1000) for _ in range(1500)]}),
        ("small, random", {"nums": [rng.randint(-20, 20) for _ in range(15)]}),
    ]


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-6, 6), max_size=12)})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    assert len(nums) <= N, f"len(nums) = {len(nums)} is over 10^5"
    for x in nums:
        assert isinstance(x, int) and not isinstance(x, bool), f"{x!r} is not an integer"
        assert -V <= x <= V, f"{x} is outside -10^9..10^9"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-n, n) for _ in range(n)]}
