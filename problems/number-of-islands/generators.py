"""Largest maps: a checkerboard (45,000 one-cell islands), one winding island, random land."""

import random

from hypothesis import strategies as st

SIZE = "m * n, the number of cells (a square map)"
MAX_SIDE = 300


def _random(rows, cols, land, seed):
    rng = random.Random(seed)
    return {"grid": [["1" if rng.random() < land else "0" for _ in range(cols)] for _ in range(rows)]}


def _checkerboard(rows, cols):
    return {"grid": [["1" if (r + c) % 2 == 0 else "0" for c in range(cols)] for r in range(rows)]}


def _snake(rows, cols):
    """Land rows joined at alternating ends: one island, a flood fill path of half the map."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append(["1"] * cols)
        else:
            row = ["0"] * cols
            row[-1 if r % 4 == 1 else 0] = "1"
            grid.append(row)
    return {"grid": grid}


def hidden_cases():
    cases = [
        ("largest, checkerboard", _checkerboard(MAX_SIDE, MAX_SIDE)),
        ("largest, one winding island", _snake(MAX_SIDE, MAX_SIDE)),
        ("largest, all land", {"grid": [["1"] * MAX_SIDE for _ in range(MAX_SIDE)]}),
        ("largest, random 40% land", _random(MAX_SIDE, MAX_SIDE, 0.4, 1)),
        ("largest, random 60% land", _random(MAX_SIDE, MAX_SIDE, 0.6, 2)),
        ("one long row", _random(1, MAX_SIDE, 0.5, 3)),
        ("one long column", _random(MAX_SIDE, 1, 0.5, 4)),
    ]
    for seed in range(5, 12):
        rng = random.Random(seed)
        cases.append((f"random {seed}", _random(rng.randint(2, 30), rng.randint(2, 30), rng.random(), seed)))
    return cases


def strategy():
    def grid(shape):
        rows, cols = shape
        cell = st.sampled_from(["0", "1"])
        return st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=rows, max_size=rows)

    shapes = st.tuples(st.integers(1, 6), st.integers(1, 6))
    return shapes.flatmap(grid).map(lambda g: {"grid": g})


def validate(case):
    grid = case["grid"]
    assert isinstance(grid, list) and 1 <= len(grid) <= MAX_SIDE, "need 1 <= m <= 300 rows"
    cols = len(grid[0])
    assert 1 <= cols <= MAX_SIDE, "need 1 <= n <= 300 columns"
    for row in grid:
        assert len(row) == cols, "rows of different lengths"
        assert all(cell in ("0", "1") for cell in row), 'cells must be "0" or "1"'


def input_of_size(n, rng):
    side = max(1, min(MAX_SIDE, int(n ** 0.5)))
    return {"grid": [["1" if rng.random() < 0.5 else "0" for _ in range(side)] for _ in range(side)]}
