"""Walls at 10^5 positions: trying every pair cannot finish them."""

import random

from hypothesis import strategies as st

N, H = 10**5, 10**4


def _random(seed, n, top=H):
    rng = random.Random(seed)
    return {"height": [rng.randint(0, top) for _ in range(n)]}


def _hill(seed):
    """Low walls outside, high ones towards the middle: the answer is deep inside."""
    rng = random.Random(seed)
    return {"height": [min(H, rng.randint(0, 2 * min(i, N - 1 - i) // 10 + 1)) for i in range(N)]}


def hidden_cases():
    return [
        ("largest, random heights", _random(1, N)),
        ("largest, increasing", {"height": [i * H // N for i in range(N)]}),
        ("largest, all at the maximum", {"height": [H] * N}),
        ("largest, all zero", {"height": [0] * N}),
        ("largest, hill", _hill(2)),
        ("largest, low heights", _random(3, N, 10)),
        ("medium, random heights", _random(4, 1000)),
        ("small, heights 0..5", _random(5, 30, 5)),
    ]


def strategy():
    return st.fixed_dictionaries({"height": st.lists(st.integers(0, 20), min_size=2, max_size=12)})


def validate(case):
    height = case["height"]
    assert isinstance(height, list), "height must be a list"
    assert 2 <= len(height) <= N, f"len(height) = {len(height)} is outside 2..10^5"
    for h in height:
        assert isinstance(h, int) and not isinstance(h, bool), f"{h!r} is not an integer"
        assert 0 <= h <= H, f"height {h} is outside 0..10^4"


SIZE = "len(height)"


def input_of_size(n, rng):
    return {"height": [rng.randint(0, H) for _ in range(max(2, n))]}
