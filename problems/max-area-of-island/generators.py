"""Grids up to 50 x 50: all land, a winding corridor, a checkerboard, random densities."""

import random

from judge.kit import Bound, graphs

SIZE = "m * n (square grids of random land)"
SIDE = Bound("m, n", 1, 50)


def hidden_cases():
    rng = random.Random(695)
    side = SIDE.max
    cases = [
        ("largest, all land", {"grid": [[1] * side for _ in range(side)]}),
        ("largest, all water", {"grid": [[0] * side for _ in range(side)]}),
        ("largest, one winding corridor", {"grid": graphs.snake_grid(side, side, 0, 1)}),
        ("largest, checkerboard", {"grid": [[(r + c) % 2 for c in range(side)] for r in range(side)]}),
        ("largest, comb of long teeth", {"grid": [[1 if r == 0 or c % 2 == 0 else 0 for c in range(side)]
                                                 for r in range(side)]}),
        ("largest, one row", {"grid": [[1] * side]}),
        ("largest, one column", {"grid": [[1] for _ in range(side)]}),
    ]
    for density in (0.3, 0.5, 0.6, 0.8):
        cases.append((f"largest, random land {density}", {"grid": graphs.grid(rng, side, side, [0, 1],
                                                                             [1 - density, density])}))
    for seed in range(1, 6):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"grid": graphs.grid(r, r.randint(1, 12), r.randint(1, 12), [0, 1])}))
    return cases


def strategy():
    return graphs.grid_strategy([0, 1], max_rows=6, max_cols=6).map(lambda grid: {"grid": grid})


def validate(case):
    graphs.check_matrix(case["grid"], SIDE, SIDE, what="grid", cells=[0, 1])


def input_of_size(n, rng):
    side = SIDE.clamp(int(n ** 0.5))
    return {"grid": graphs.grid(rng, side, side, [0, 1], [0.4, 0.6])}
