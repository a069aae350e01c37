"""Boards up to 200 x 200: one huge enclosed region (a search from every cell walks it for each of its
40,000 cells), winding corridors inside and reaching the border, random boards near the percolation point."""

import random

from judge.kit import Bound, graphs

M = Bound("m", 1, 200)
N = Bound("n", 1, 200)
CELLS = "XO"
SIZE = "m * n (square boards)"


def _walled(inner):
    """`inner` with a border of X around it."""
    cols = len(inner[0]) + 2
    return [["X"] * cols] + [["X"] + row + ["X"] for row in inner] + [["X"] * cols]


def _open_to_border(board):
    """The board with its top-left border cell opened, so an inner corridor starting there escapes."""
    board = [row[:] for row in board]
    board[0][1] = "O"
    return board


def hidden_cases():
    rng = random.Random(130)
    big = M.max
    enclosed = _walled([["O"] * (big - 2) for _ in range(big - 2)])
    snake = _walled(graphs.snake_grid(big - 2, big - 2, "X", "O"))
    cases = [
        ("largest, one enclosed region of 39,204 cells", {"board": enclosed}),
        ("largest, all O", {"board": [["O"] * big for _ in range(big)]}),
        ("largest, all X", {"board": [["X"] * big for _ in range(big)]}),
        ("largest, enclosed winding corridor", {"board": snake}),
        ("largest, winding corridor open at one end", {"board": _open_to_border(snake)}),
        ("largest, enclosed region but for one border cell", {"board": _open_to_border(enclosed)}),
        ("largest, random half O", {"board": graphs.grid(rng, big, big, CELLS)}),
        ("largest, random 60% O", {"board": graphs.grid(rng, big, big, CELLS, weights=[40, 60])}),
        ("largest, random 40% O", {"board": graphs.grid(rng, big, big, CELLS, weights=[60, 40])}),
        ("largest, checkerboard", {"board": [["O" if (r + c) % 2 else "X" for c in range(big)] for r in range(big)]}),
        ("largest, one row", {"board": graphs.grid(rng, 1, big, CELLS)}),
        ("largest, one column", {"board": graphs.grid(rng, big, 1, CELLS)}),
        ("wide, 3 rows", {"board": graphs.grid(rng, 3, big, CELLS, weights=[30, 70])}),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"board": graphs.grid(r, r.randint(1, 12), r.randint(1, 12), CELLS)}))
    return cases


def strategy():
    return graphs.grid_strategy(CELLS, max_rows=6, max_cols=6).map(lambda board: {"board": board})


def validate(case):
    graphs.check_matrix(case["board"], M, N, what="board", cells="XO")


def input_of_size(n, rng):
    side = M.clamp(max(1, round(n ** 0.5)))
    return {"board": graphs.grid(rng, side, side, CELLS, weights=[40, 60])}
