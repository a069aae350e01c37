"""Up to 10^5 intervals in [-5 * 10^4, 5 * 10^4]: random, touching chains, nested, long ones covering short ones."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, intervals

SIZE = "len(intervals)"
COUNT = Bound("len(intervals)", 1, 10**5)
LOW, HIGH = -5 * 10**4, 5 * 10**4


def _random(rng, n, max_length):
    """n random intervals, each 1..max_length long (start < end)."""
    return intervals.random_intervals(rng, n, LOW, HIGH, max_length, min_length=1)


def _cover_traps(rng, n):
    """Long intervals that start first and cover several short, touching ones."""
    out = []
    for block in range(n // 6):
        base = LOW + 16 * (block % 6000)
        out.append([base, base + 15])
        out += [[base + 3 * k, base + 3 * k + 3] for k in range(5)]
    rng.shuffle(out)
    return out


def hidden_cases():
    rng = random.Random(435)
    n = COUNT.max
    touching = [[LOW + i, LOW + i + 1] for i in range(n)]
    rng.shuffle(touching)
    return [
        ("largest, random short intervals", {"intervals": _random(rng, n, 50)}),
        ("largest, random long intervals", {"intervals": _random(rng, n, HIGH - LOW)}),
        ("largest, touching chain", {"intervals": touching}),
        ("largest, nested", {"intervals": [[LOW + i // 2, HIGH - i // 2 - i % 2] for i in range(n)]}),
        ("largest, all the same interval", {"intervals": [[-7, 7] for _ in range(n)]}),
        ("largest, long intervals covering touching short ones", {"intervals": _cover_traps(rng, n)}),
    ] + [(f"random {seed}", {"intervals": _random(random.Random(seed), random.Random(seed).randint(1, 12), 8)})
         for seed in range(1, 9)]


def strategy():
    return st.fixed_dictionaries({"intervals": intervals.short_strategy()})


def validate(case):
    COUNT.check(len(case["intervals"]))
    intervals.check(case["intervals"], LOW, HIGH, min_length=1)


def input_of_size(size, rng):
    return {"intervals": _random(rng, COUNT.clamp(size), 100)}
