"""Grids up to 50 x 50 holding each of 0..n^2 - 1 once: random, a winding low valley, high corners."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "n * n (random permutations)"
SIDE = Bound("n", 1, 50)


def _permutation(rng, n):
    values = list(range(n * n))
    rng.shuffle(values)
    return [values[r * n:(r + 1) * n] for r in range(n)]


def _valley(n):
    """The lowest values follow a winding corridor; the rest are higher: the only cheap route is long."""
    corridor = graphs.snake_grid(n, n, 0, 1)
    grid = [[0] * n for _ in range(n)]
    low, high = 0, sum(map(sum, corridor))
    for r in range(n):
        columns = range(n) if r % 4 != 2 else range(n - 1, -1, -1)
        for c in columns:
            if corridor[r][c]:
                grid[r][c], low = low, low + 1
            else:
                grid[r][c], high = high, high + 1
    return grid


def hidden_cases():
    rng = random.Random(778)
    n = SIDE.max
    start_high = _permutation(rng, n)
    r, c = divmod(next(i for i, v in enumerate(sum(start_high, [])) if v == n * n - 1), n)
    start_high[0][0], start_high[r][c] = start_high[r][c], start_high[0][0]
    return [
        ("largest, random", {"grid": _permutation(rng, n)}),
        ("largest, winding valley", {"grid": _valley(n)}),
        ("largest, start is the highest", {"grid": start_high}),
        ("largest, rising row by row", {"grid": [[r * n + c for c in range(n)] for r in range(n)]}),
        ("largest, falling row by row", {"grid": [[n * n - 1 - (r * n + c) for c in range(n)] for r in range(n)]}),
    ] + [(f"random {seed}", {"grid": _permutation(random.Random(seed), random.Random(seed).randint(1, 7))})
         for seed in range(1, 9)]


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 5))
    values = draw(st.permutations(list(range(n * n))))
    return {"grid": [list(values[r * n:(r + 1) * n]) for r in range(n)]}


def strategy():
    return _inputs()


def validate(case):
    grid = case["grid"]
    n = len(grid)
    SIDE.check(n)
    for r, row in enumerate(grid):
        assert len(row) == n, f"row {r} has {len(row)} values; the grid must be {n} x {n}"
    values = sorted(v for row in grid for v in row)
    assert values == list(range(n * n)), f"the grid must hold each of 0..{n * n - 1} exactly once"


def input_of_size(size, rng):
    return {"grid": _permutation(rng, SIDE.clamp(int(size ** 0.5)))}
