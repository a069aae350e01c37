"""Grids up to 250 x 250: one gate in a corner, many gates, a winding corridor, rooms cut off by walls."""

import random

from judge.kit import Bound, graphs

SIZE = "m * n (square grids, 20% walls, a few gates)"
SIDE = Bound("m, n", 1, 250)
WALL, GATE, EMPTY = -1, 0, 2**31 - 1


def _rooms(rng, rows, cols, walls, gates):
    return graphs.grid(rng, rows, cols, [WALL, GATE, EMPTY], [walls, gates, 1 - walls - gates])


def hidden_cases():
    rng = random.Random(286)
    side = SIDE.max
    open_grid = [[EMPTY] * side for _ in range(side)]
    open_grid[0][0] = GATE
    snake = graphs.snake_grid(side, side, WALL, EMPTY)
    snake[0][0] = GATE
    two_halves = [[EMPTY] * side for _ in range(side)]
    for r in range(side):
        two_halves[r][side // 2] = WALL
    two_halves[7][3] = GATE
    return [
        ("largest, one gate in a corner", {"rooms": open_grid}),
        ("largest, winding corridor from one gate", {"rooms": snake}),
        ("largest, right half cut off by a wall", {"rooms": two_halves}),
        ("largest, 20% walls, a few gates", {"rooms": _rooms(rng, side, side, 0.2, 0.001)}),
        ("largest, many gates", {"rooms": _rooms(rng, side, side, 0.1, 0.05)}),
        ("largest, no gates", {"rooms": _rooms(rng, side, side, 0.3, 0)}),
        ("largest, one row", {"rooms": _rooms(rng, 1, side, 0.02, 0.01)}),
    ] + [(f"random {seed}", {"rooms": _rooms(random.Random(seed), random.Random(seed).randint(1, 10),
                                             random.Random(-seed).randint(1, 10), 0.25, 0.1)})
         for seed in range(1, 9)]


def strategy():
    return graphs.grid_strategy([WALL, GATE, EMPTY, EMPTY], max_rows=6, max_cols=6).map(lambda g: {"rooms": g})


def validate(case):
    graphs.check_matrix(case["rooms"], SIDE, SIDE, what="rooms", cells=[WALL, GATE, EMPTY])


def input_of_size(size, rng):
    side = SIDE.clamp(int(size ** 0.5))
    return {"rooms": _rooms(rng, side, side, 0.2, 0.01)}
