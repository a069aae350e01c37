"""The largest trees: a deep chain (recursion depth 2000) and a wide random tree."""

import random


def _chain(n):
    values = [0]
    for i in range(1, n):
        values += [i % 1000, None] if i % 2 else [None, -(i % 1000)]
    return values


def _random_tree(n, seed):
    rng = random.Random(seed)
    values, open_slots = [rng.randint(-1000, 1000)], 2
    while len([v for v in values if v is not None]) < n:
        if rng.random() < 0.8:
            values.append(rng.randint(-1000, 1000))
        else:
            values.append(None)
    return values


def hidden_cases():
    return [("deep chain", {"root": _chain(2000)}), ("wide random", {"root": _random_tree(2000, 1)})]
