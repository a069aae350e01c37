"""Up to 10^4 meetings in [0, 10^6]: random, back to back, all at once, nested, a staircase of overlaps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(intervals)"
COUNT = Bound("len(intervals)", 1, 10**4)
HIGH = 10**6


def _random(rng, n, max_length):
    out = []
    for _ in range(n):
        start = rng.randint(0, HIGH - 1)
        out.append([start, start + rng.randint(1, min(max_length, HIGH - start))])
    return out


def hidden_cases():
    rng = random.Random(253)
    n = COUNT.max
    back_to_back = [[i * 100, (i + 1) * 100] for i in range(n)]
    rng.shuffle(back_to_back)
    staircase = [[i, i + n // 2] for i in range(n)]
    rng.shuffle(staircase)
    return [
        ("largest, random short meetings", {"intervals": _random(rng, n, 500)}),
        ("largest, random long meetings", {"intervals": _random(rng, n, HIGH)}),
        ("largest, back to back", {"intervals": back_to_back}),
        ("largest, all at once", {"intervals": [[0, HIGH] for _ in range(n)]}),
        ("largest, nested", {"intervals": [[i, HIGH - i] for i in range(n)]}),
        ("largest, staircase of half-overlaps", {"intervals": staircase}),
    ] + [(f"random {seed}", {"intervals": _random(random.Random(seed), random.Random(seed).randint(1, 12), 10)})
         for seed in range(1, 9)]


@st.composite
def _inputs(draw):
    pairs = draw(st.lists(st.tuples(st.integers(0, 15), st.integers(1, 6)), min_size=1, max_size=9))
    return {"intervals": [[start, start + length] for start, length in pairs]}


def strategy():
    return _inputs()


def validate(case):
    intervals = case["intervals"]
    COUNT.check(len(intervals))
    for index, interval in enumerate(intervals):
        assert isinstance(interval, list) and len(interval) == 2, f"intervals[{index}] must be [start, end]"
        start, end = interval
        assert 0 <= start < end <= HIGH, f"intervals[{index}] = {interval}: needs 0 <= start < end <= 10^6"


def input_of_size(size, rng):
    return {"intervals": _random(rng, COUNT.clamp(size), 1000)}
