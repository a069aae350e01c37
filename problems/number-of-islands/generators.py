"""Largest maps: a checkerboard (45,000 one-cell islands), one winding island, random land."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m * n, the number of cells (a square map)"
MAX_SIDE = 300
SIDE = Bound("m, n", 1, MAX_SIDE)


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
    return st.fixed_dictionaries({"grid": graphs.grid_strategy("01", max_rows=6, max_cols=6)})


def validate(case):
    graphs.check_matrix(case["grid"], SIDE, SIDE, what="grid", cells="01")


def input_of_size(n, rng):
    side = max(1, min(MAX_SIDE, int(n ** 0.5)))
    return {"grid": [["1" if rng.random() < 0.5 else "0" for _ in range(side)] for _ in range(side)]}
