"""The largest grids (200 x 200): random, flat, and traps for stepping to the cheaper neighbour; thin grids.

Even a 12 x 12 grid has 705432 monotone paths, so walking every path times out long before the largest.
"""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m = n"
SIDE = Bound("m, n", 1, 200)
V = Bound("grid[i][j]", 0, 200)


def _random(rng, m, n, high=V.max):
    return graphs.grid(rng, m, n, range(V.min, high + 1))


def _greedy_trap(m, n):
    """A cheap first row that leads into an expensive last column, and a slightly dearer left column
    that leads to a free bottom row: the cheaper-neighbour walk takes the wrong one."""
    grid = [[100] * n for _ in range(m)]
    for j in range(n):
        grid[0][j] = 0
        grid[m - 1][j] = 0
    for i in range(m):
        grid[i][0] = 1
        grid[i][n - 1] = V.max
    grid[0][0] = grid[m - 1][n - 1] = 0
    return grid


def _walled(rng, m, n):
    """Random cheap cells with expensive walls that a good path must go around."""
    grid = _random(rng, m, n, 9)
    for i in range(2, m - 1, 4):
        gap = rng.randrange(n)
        for j in range(n):
            if j != gap:
                grid[i][j] = V.max
    return grid


def hidden_cases():
    rng = random.Random(64)
    m = n = SIDE.max
    cases = [
        ("1 x 1, zero", {"grid": [[0]]}),
        ("one row of 200", {"grid": _random(rng, 1, n)}),
        ("one column of 200", {"grid": _random(rng, m, 1)}),
        ("12 x 12, random", {"grid": _random(rng, 12, 12)}),
        ("largest, random", {"grid": _random(rng, m, n)}),
        ("largest, random small values", {"grid": _random(rng, m, n, 3)}),
        ("largest, all 200", {"grid": [[V.max] * n for _ in range(m)]}),
        ("largest, all 0", {"grid": [[0] * n for _ in range(m)]}),
        ("largest, cheaper-neighbour trap", {"grid": _greedy_trap(m, n)}),
        ("largest, walls with one gap each", {"grid": _walled(rng, m, n)}),
        ("wide, 2 x 200", {"grid": _random(rng, 2, n)}),
        ("tall, 200 x 3", {"grid": _random(rng, m, 3)}),
        ("wide, 50 x 200, trap", {"grid": _greedy_trap(50, n)}),
    ]
    return cases


def strategy():
    small, any_value = range(10), range(V.min, V.max + 1)
    grids = st.one_of(graphs.grid_strategy(small, 6, 6), graphs.grid_strategy(any_value, 6, 6))
    return grids.map(lambda grid: {"grid": grid})


def validate(case):
    graphs.check_matrix(case["grid"], SIDE, SIDE, V, what="grid")


def input_of_size(n, rng):
    side = SIDE.clamp(n)
    return {"grid": _random(rng, side, side)}
