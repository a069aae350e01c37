"""The largest inputs (10^4 piles up to 10^9) with answers far too large to reach by counting up."""

import random

MAX_N, MAX_PILE, MAX_H = 10**4, 10**9, 10**9


def _piles(n, top, rng):
    return [rng.randint(1, top) for _ in range(n)]


def hidden_cases():
    rng = random.Random(875)
    return [
        ("largest, h = n", {"piles": _piles(MAX_N, MAX_PILE, rng), "h": MAX_N}),
        ("largest, some spare hours", {"piles": _piles(MAX_N, MAX_PILE, rng), "h": 3 * MAX_N + 17}),
        ("largest, many spare hours", {"piles": _piles(MAX_N, MAX_PILE, rng), "h": 987_654_321}),
        ("largest, most generous h", {"piles": _piles(MAX_N, MAX_PILE, rng), "h": MAX_H}),
        ("largest, all piles maximal", {"piles": [MAX_PILE] * MAX_N, "h": MAX_N + 1}),
        ("largest, small piles", {"piles": _piles(MAX_N, 100, rng), "h": 20_000}),
        ("one huge pile among small ones", {"piles": [MAX_PILE] + _piles(999, 10, rng), "h": 5000}),
        ("medium", {"piles": _piles(500, 10**6, rng), "h": 2000}),
    ]


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        piles = draw(st.lists(st.integers(1, 30), min_size=1, max_size=12))
        return {"piles": piles, "h": draw(st.integers(len(piles), 4 * len(piles) + 10))}

    return inputs()


def validate(case):
    piles, h = case["piles"], case["h"]
    assert 1 <= len(piles) <= MAX_N, f"len(piles) = {len(piles)} is outside [1, {MAX_N}]"
    assert all(1 <= p <= MAX_PILE for p in piles), "some piles[i] is outside [1, 10^9]"
    assert len(piles) <= h <= MAX_H, f"h = {h} is outside [len(piles), 10^9]"


SIZE = "len(piles)"


def input_of_size(n, rng):
    return {"piles": _piles(n, MAX_PILE, rng), "h": rng.randint(n, 3 * n)}
