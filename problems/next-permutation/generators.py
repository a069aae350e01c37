"""Up to 100 values in 0..100: the largest order (wraps round), rises near the front (a long suffix),
runs of equal values (where > and >= differ), and random lists."""

import random

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 100)
V = Bound("nums[i]", 0, 100)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(31)
    descending = sorted(V.sample(rng, 100), reverse=True)
    cases = [
        ("one value", {"nums": [7]}),
        ("two values, rising", {"nums": [0, 100]}),
        ("two values, falling", {"nums": [100, 0]}),
        ("two equal values", {"nums": [5, 5]}),
        ("equal values before the rise", {"nums": [1, 5, 1]}),
        ("swap target is a repeated value", {"nums": [2, 3, 1, 3, 3]}),
        ("largest, all equal", {"nums": [42] * 100}),
        ("largest, descending distinct", {"nums": list(range(100, 0, -1))}),
        ("largest, descending with repeats", {"nums": descending}),
        ("largest, ascending", {"nums": list(range(100))}),
        ("largest, rise at the front", {"nums": [3] + list(range(100, 1, -1))}),
        ("largest, rise at the front, repeats", {"nums": [50] + sorted(V.sample(rng, 99), reverse=True)}),
        ("largest, only 0s and 1s", {"nums": [rng.randint(0, 1) for _ in range(100)]}),
        ("largest, rise just before a run of equals", {"nums": [1] * 50 + [2] + [1] * 49}),
    ]
    for seed in range(1, 6):
        seeded = random.Random(seed)
        cases.append((f"random {seed}", {"nums": V.sample(seeded, seeded.randint(1, 100))}))
    cases.append(("largest, random", {"nums": V.sample(rng, 100)}))
    return cases


def strategy():
    return NUMS.strategy(V.integers(high=4), max_size=8)


validate = NUMS.validate
input_of_size = NUMS.input_of_size
