"""200 x 200 grids: all 1s, all 0s, random at several densities, a hidden block, stairs, stripes."""

import math
import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIDE = Bound("rows, cols", 1, 200)
SIZE = "rows * cols"


def _grid(rng, rows, cols, density):
    return [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


def _hidden_block(rng, side):
    """Noise of density 0.6 with a 60 x 150 block of 1s in it: a wide, short answer."""
    grid = _grid(rng, side, side, 0.6)
    for i in range(70, 130):
        for j in range(25, 175):
            grid[i][j] = "1"
    return grid


def _stairs(side):
    """Row i has 1s in its first i + 1 cells: many rectangles tie in area."""
    return [["1" if j <= i else "0" for j in range(side)] for i in range(side)]


def hidden_cases():
    rng = random.Random(85)
    side = SIDE.max
    return [
        ("one row", {"matrix": [["1", "1", "0", "1", "1", "1"]]}),
        ("one column", {"matrix": [["1"], ["1"], ["0"], ["1"]]}),
        ("largest, all 1s", {"matrix": [["1"] * side for _ in range(side)]}),
        ("largest, all 0s", {"matrix": [["0"] * side for _ in range(side)]}),
        ("largest, random half 1s", {"matrix": _grid(rng, side, side, 0.5)}),
        ("largest, random 90% 1s", {"matrix": _grid(rng, side, side, 0.9)}),
        ("largest, hidden block", {"matrix": _hidden_block(rng, side)}),
        ("largest, stairs", {"matrix": _stairs(side)}),
        ("largest, vertical stripes", {"matrix": [["1" if j % 3 else "0" for j in range(side)] for _ in range(side)]}),
        ("largest, one long row", {"matrix": [["1"] * side]}),
        ("largest, one tall column", {"matrix": [["1"] for _ in range(side)]}),
    ]


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    cell = st.sampled_from(["0", "1"])
    return {"matrix": [draw(st.lists(cell, min_size=cols, max_size=cols)) for _ in range(rows)]}


def strategy():
    return _inputs()


def validate(case):
    graphs.check_matrix(case["matrix"], SIDE, SIDE, cells="01")


def input_of_size(n, rng):
    """A grid of about n cells, as square as n allows."""
    rows = SIDE.clamp(math.isqrt(max(1, n)))
    return {"matrix": _grid(rng, rows, SIDE.clamp(n // rows), 0.7)}
