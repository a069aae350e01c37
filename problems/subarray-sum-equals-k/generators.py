"""2 * 10^4 entries: summing every run (O(n^2), 2 * 10^8 additions) cannot finish in time."""

import random

from hypothesis import strategies as st

N, V, K = 2 * 10**4, 1000, 10**7


def _random(seed, n, low, high, k):
    rng = random.Random(seed)
    return {"nums": [rng.randint(low, high) for _ in range(n)], "k": k}


def hidden_cases():
    return [
        ("largest, random entries", _random(1, N, -V, V, 17)),
        ("largest, zeros, k is zero", {"nums": [0] * N, "k": 0}),
        ("largest, 1 and -1 alternating", {"nums": [1, -1] * (N // 2), "k": 0}),
        ("largest, all at the maximum", {"nums": [V] * N, "k": V * 5000}),
        ("largest, all at the minimum, k at its minimum", {"nums": [-V] * N, "k": -K}),
        ("largest, positive entries, k at its maximum", _random(2, N, 0, V, K)),
        ("largest, small entries", _random(3, N, -2, 2, 3)),
        ("medium, small entries, negative k", _random(4, 2000, -3, 3, -4)),
        ("small, random", _random(5, 40, -5, 5, 2)),
    ]


def strategy():
    return st.fixed_dictionaries({
        "nums": st.lists(st.integers(-3, 3), min_size=1, max_size=12),
        "k": st.integers(-5, 5),
    })


def validate(case):
    nums, k = case["nums"], case["k"]
    assert isinstance(nums, list), "nums must be a list"
    assert 1 <= len(nums) <= N, f"len(nums) = {len(nums)} is outside 1..2 * 10^4"
    for x in nums:
        assert isinstance(x, int) and not isinstance(x, bool), f"{x!r} is not an integer"
        assert -V <= x <= V, f"{x} is outside -1000..1000"
    assert isinstance(k, int) and not isinstance(k, bool), "k must be an integer"
    assert -K <= k <= K, f"k = {k} is outside -10^7..10^7"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-V, V) for _ in range(max(1, n))], "k": rng.randint(-100, 100)}
