"""Up to 10^4 meetings in [0, 10^6]: random, back to back, all at once, nested, a staircase of overlaps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, intervals

SIZE = "len(intervals)"
COUNT = Bound("len(intervals)", 1, 10**4)
HIGH = 10**6


def _random(rng, n, max_length):
    """n random meetings, each 1..max_length long (start < end)."""
    return intervals.random_intervals(rng, n, 0, HIGH, max_length, min_length=1)


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


def strategy():
    return st.fixed_dictionaries({"intervals": intervals.short_strategy()})


def validate(case):
    COUNT.check(len(case["intervals"]))
    intervals.check(case["intervals"], 0, HIGH, min_length=1)


def input_of_size(size, rng):
    return {"intervals": _random(rng, COUNT.clamp(size), 1000)}
