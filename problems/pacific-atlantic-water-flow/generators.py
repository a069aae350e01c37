"""Grids up to 200 x 200: flat, random, a peak, a winding ridge, plateaus; heights up to 10^5."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m * n (square grids of random heights)"
SIDE = Bound("m, n", 1, 200)
HEIGHT = Bound("heights[r][c]", 0, 10**5)


def _random(rng, rows, cols, high):
    return [[rng.randint(0, high) for _ in range(cols)] for _ in range(rows)]


def _peak(side):
    middle = side // 2
    return [[HEIGHT.max - 100 * max(abs(r - middle), abs(c - middle)) for c in range(side)] for r in range(side)]


def _snake(side):
    """A winding corridor of rising heights through walls of 0: a deep search, one path uphill."""
    corridor = graphs.snake_grid(side, side, 0, 1)
    heights, step = [[0] * side for _ in range(side)], 0
    for r in range(side):
        columns = range(side) if r % 4 == 0 else range(side - 1, -1, -1)
        for c in columns:
            if corridor[r][c]:
                step += 1
                heights[r][c] = min(HEIGHT.max, step)
    return heights


def hidden_cases():
    rng = random.Random(417)
    side = SIDE.max
    return [
        ("largest, flat", {"heights": [[7] * side for _ in range(side)]}),
        ("largest, random heights", {"heights": _random(rng, side, side, HEIGHT.max)}),
        ("largest, few heights (plateaus)", {"heights": _random(rng, side, side, 3)}),
        ("largest, a single peak", {"heights": _peak(side)}),
        ("largest, winding ridge", {"heights": _snake(side)}),
        ("largest, rising to the bottom right", {"heights": [[r + c for c in range(side)] for r in range(side)]}),
        ("largest, one row", {"heights": [HEIGHT.sample(rng, side)]}),
        ("largest, one column", {"heights": [[h] for h in HEIGHT.sample(rng, side)]}),
        ("small random 1", {"heights": _random(random.Random(1), 6, 9, 5)}),
        ("small random 2", {"heights": _random(random.Random(2), 12, 4, 10)}),
    ]


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    high = draw(st.sampled_from([2, 5, HEIGHT.max]))
    row = st.lists(st.integers(0, high), min_size=cols, max_size=cols)
    return {"heights": draw(st.lists(row, min_size=rows, max_size=rows))}


def strategy():
    return _inputs()


def validate(case):
    graphs.check_matrix(case["heights"], SIDE, SIDE, HEIGHT, what="heights")


def input_of_size(n, rng):
    side = SIDE.clamp(int(n ** 0.5))
    return {"heights": _random(rng, side, side, 100)}
