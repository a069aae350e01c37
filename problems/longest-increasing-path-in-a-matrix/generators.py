"""Grids up to 200 x 200: random, a winding path through every cell, diagonal ramps (many equal-length paths)."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m * n (square grids of random values)"
SIDE = Bound("m, n", 1, 200)
VALUE = Bound("matrix[i][j]", 0, 2**31 - 1)


def _snake(n):
    """Values rising along a boustrophedon through every cell: one path of length n^2."""
    grid, step = [[0] * n for _ in range(n)], 0
    for r in range(n):
        for c in (range(n) if r % 2 == 0 else range(n - 1, -1, -1)):
            grid[r][c] = step
            step += 1
    return grid


def hidden_cases():
    rng = random.Random(329)
    n = SIDE.max
    return [
        ("largest, random values", {"matrix": [VALUE.sample(rng, n) for _ in range(n)]}),
        ("largest, few distinct values", {"matrix": [[rng.randint(0, 3) for _ in range(n)] for _ in range(n)]}),
        ("largest, one winding path through every cell", {"matrix": _snake(n)}),
        ("largest, winding path falling", {"matrix": [[n * n - v for v in row] for row in _snake(n)]}),
        ("largest, diagonal ramp", {"matrix": [[r + c for c in range(n)] for r in range(n)]}),
        ("largest, all equal", {"matrix": [[VALUE.max] * n for _ in range(n)]}),
        ("largest, one row", {"matrix": [VALUE.sample(rng, n)]}),
    ] + [(f"random {seed}", {"matrix": [[random.Random(seed * 1000 + r * 20 + c).randint(0, 9)
                                         for c in range(random.Random(-seed).randint(1, 8))]
                                        for r in range(random.Random(seed).randint(1, 8))]})
         for seed in range(1, 9)]


def strategy():
    return st.fixed_dictionaries({"matrix": graphs.matrix_strategy(st.integers(0, 9))})


def validate(case):
    graphs.check_matrix(case["matrix"], SIDE, SIDE, VALUE)


def input_of_size(size, rng):
    side = SIDE.clamp(int(size ** 0.5))
    return {"matrix": [VALUE.sample(rng, side) for _ in range(side)]}
