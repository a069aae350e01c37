"""Random 100-digit numbers."""

import random


def _digits(rng, n):
    digits = [rng.randrange(10) for _ in range(n - 1)]
    return digits + [rng.randrange(1, 10)]


def hidden_cases():
    rng = random.Random(2)
    return [(f"random 100 digits {i}", {"l1": _digits(rng, 100), "l2": _digits(rng, rng.randrange(1, 101))})
            for i in range(1, 4)]
