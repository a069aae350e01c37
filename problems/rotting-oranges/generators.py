"""The largest crates (10 x 10): a winding path, a full crate, random mixes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "m * n, the number of cells (a square crate)"
MAX_SIDE = 10
SIDE = Bound("m, n", 1, MAX_SIDE)


def _random(rows, cols, seed, weights=(1, 6, 1)):
    rng = random.Random(seed)
    return {"grid": [rng.choices([0, 1, 2], weights=weights, k=cols) for _ in range(rows)]}


def _winding():
    """Full rows joined at alternating ends, rot starting at one end: the longest possible wait."""
    grid = []
    for r in range(MAX_SIDE):
        if r % 2 == 0:
            grid.append([1] * MAX_SIDE)
        else:
            row = [0] * MAX_SIDE
            row[-1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return {"grid": grid}


def hidden_cases():
    full = [[1] * MAX_SIDE for _ in range(MAX_SIDE)]
    full[0][0] = 2
    corners = [row[:] for row in full]
    corners[MAX_SIDE - 1][MAX_SIDE - 1] = 2
    unreachable = [row[:] for row in full]
    unreachable[MAX_SIDE - 2][MAX_SIDE - 1] = unreachable[MAX_SIDE - 1][MAX_SIDE - 2] = 0
    cases = [
        ("largest, winding path", _winding()),
        ("largest, one corner rotten", {"grid": full}),
        ("largest, opposite corners rotten", {"grid": corners}),
        ("largest, far corner walled off", {"grid": unreachable}),
    ]
    for seed in range(1, 9):
        cases.append((f"random {seed}", _random(MAX_SIDE, MAX_SIDE, seed)))
    for seed in range(9, 13):
        rng = random.Random(seed)
        cases.append((f"random small {seed}", _random(rng.randint(1, 6), rng.randint(1, 6), seed, (1, 3, 1))))
    return cases


def strategy():
    return st.fixed_dictionaries({"grid": graphs.grid_strategy([0, 1, 1, 2], max_rows=5, max_cols=5)})


def validate(case):
    graphs.check_matrix(case["grid"], SIDE, SIDE, what="grid", cells=[0, 1, 2])


def input_of_size(n, rng):
    side = max(1, min(MAX_SIDE, int(n ** 0.5)))
    return {"grid": [rng.choices([0, 1, 2], weights=(1, 6, 1), k=side) for _ in range(side)]}
