"""Up to 10^5 bars: random, increasing, decreasing, all equal, a pyramid, zeros between tall bars."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(heights)"
LENGTH = Bound("len(heights)", 1, 10**5)
HEIGHT = Bound("heights[i]", 0, 10**4)


def hidden_cases():
    rng = random.Random(84)
    n = LENGTH.max
    rising = [i * HEIGHT.max // n for i in range(n)]
    pyramid = [min(i, n - 1 - i) * 2 * HEIGHT.max // n for i in range(n)]
    return [
        ("largest, random", {"heights": HEIGHT.sample(rng, n)}),
        ("largest, increasing", {"heights": rising}),
        ("largest, decreasing", {"heights": rising[::-1]}),
        ("largest, all equal", {"heights": [HEIGHT.max] * n}),
        ("largest, pyramid", {"heights": pyramid}),
        ("largest, zeros between tall bars", {"heights": [0 if i % 3 == 0 else HEIGHT.max for i in range(n)]}),
        ("largest, values 1 and 2", {"heights": [rng.randint(1, 2) for _ in range(n)]}),
    ] + [(f"random {seed}", {"heights": [random.Random(seed * 7 + i).randint(0, 6)
                                         for i in range(random.Random(seed).randint(1, 15))]})
         for seed in range(1, 9)]


def strategy():
    return st.lists(st.integers(0, 8), min_size=1, max_size=12).map(lambda heights: {"heights": heights})


def validate(case):
    heights = case["heights"]
    LENGTH.check(len(heights))
    HEIGHT.check_all(heights)


def input_of_size(size, rng):
    return {"heights": HEIGHT.sample(rng, LENGTH.clamp(size))}
