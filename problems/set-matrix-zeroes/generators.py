"""Matrices up to 200 x 200: few and many zeros, zeros on the first row or column, small values around 0."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m * n (square matrices, 1% zeros)"
SIDE = Bound("m, n", 1, 200)
VALUE = Bound("matrix[i][j]", -2**31, 2**31 - 1)


def _matrix(rng, rows, cols, zeros, small=False):
    """Random values, each cell 0 with probability `zeros`."""
    def value():
        if rng.random() < zeros:
            return 0
        return rng.choice([-1, 1, 2]) if small else (VALUE.draw(rng) or 1)
    return [[value() for _ in range(cols)] for _ in range(rows)]


def hidden_cases():
    rng = random.Random(73)
    side = SIDE.max
    first_col = _matrix(rng, side, side, 0)
    first_col[137][0] = 0
    first_row = _matrix(rng, side, side, 0)
    first_row[0][59] = 0
    return [
        ("largest, a few zeros", {"matrix": _matrix(rng, side, side, 0.0005)}),
        ("largest, 1% zeros", {"matrix": _matrix(rng, side, side, 0.01)}),
        ("largest, all zeros", {"matrix": [[0] * side for _ in range(side)]}),
        ("largest, no zeros", {"matrix": _matrix(rng, side, side, 0)}),
        ("largest, one zero in the first column", {"matrix": first_col}),
        ("largest, one zero in the first row", {"matrix": first_row}),
        ("largest, values -1, 1 and 2", {"matrix": _matrix(rng, side, side, 0.001, small=True)}),
        ("largest, one row", {"matrix": _matrix(rng, 1, side, 0.01)}),
        ("largest, one column", {"matrix": _matrix(rng, side, 1, 0.01)}),
    ] + [(f"random {seed}", {"matrix": _matrix(random.Random(seed), random.Random(seed).randint(1, 9),
                                                random.Random(-seed).randint(1, 9), 0.15, small=seed % 2 == 0)})
         for seed in range(1, 9)]


def strategy():
    cells = [0, 1, 2, -1, 5, VALUE.min, VALUE.max]
    return st.fixed_dictionaries({"matrix": graphs.grid_strategy(cells, max_rows=6, max_cols=6)})


def validate(case):
    graphs.check_matrix(case["matrix"], SIDE, SIDE, VALUE)


def input_of_size(size, rng):
    side = SIDE.clamp(int(size ** 0.5))
    return {"matrix": _matrix(rng, side, side, 0.01)}
