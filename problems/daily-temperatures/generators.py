"""The largest inputs (10^5 days). Long runs with no warmer day make a forward scan quadratic."""

import random

MAX_N, LOW, HIGH = 10**5, 30, 100


def _random(n, rng):
    return [rng.randint(LOW, HIGH) for _ in range(n)]


def hidden_cases():
    rng = random.Random(739)
    sawtooth = [HIGH - (i % (HIGH - LOW + 1)) for i in range(MAX_N)]
    return [
        ("largest, random", {"temperatures": _random(MAX_N, rng)}),
        ("largest, all equal", {"temperatures": [65] * MAX_N}),
        ("largest, falling sawtooth", {"temperatures": sawtooth}),
        ("largest, cold with a warm last day", {"temperatures": [LOW] * (MAX_N - 1) + [HIGH]}),
        ("largest, rising then flat", {"temperatures": list(range(LOW, HIGH + 1)) + [HIGH] * (MAX_N - 71)}),
        ("largest, two values", {"temperatures": [rng.choice((LOW, HIGH)) for _ in range(MAX_N)]}),
        ("medium, random", {"temperatures": _random(3000, rng)}),
        ("small, random", {"temperatures": _random(40, rng)}),
    ]


def strategy():
    from hypothesis import strategies as st

    return st.lists(st.integers(LOW, LOW + 6), min_size=1, max_size=12).map(lambda t: {"temperatures": t})


def validate(case):
    temperatures = case["temperatures"]
    assert 1 <= len(temperatures) <= MAX_N, f"len(temperatures) = {len(temperatures)} is outside [1, {MAX_N}]"
    assert all(LOW <= t <= HIGH for t in temperatures), "some temperatures[i] is outside [30, 100]"


SIZE = "len(temperatures)"


def input_of_size(n, rng):
    return {"temperatures": _random(n, rng)}
