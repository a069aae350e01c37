"""Boards cut from solved grids (valid), and the same boards with one digit written where it repeats in a
row only, a column only or a box only, so a check that forgets one of the three groups, or numbers the
boxes wrongly, gives a wrong answer."""

import random

from hypothesis import strategies as st

SIZE = "filled cells (always a 9 x 9 board)"
DIGITS = "123456789"


def solved(rng):
    """A random solved grid: the standard pattern with digits, bands, stacks, rows and columns shuffled."""
    digits = rng.sample(DIGITS, 9)
    bands, stacks = rng.sample(range(3), 3), rng.sample(range(3), 3)
    rows = [band * 3 + r for band in bands for r in rng.sample(range(3), 3)]
    columns = [stack * 3 + c for stack in stacks for c in rng.sample(range(3), 3)]
    return [[digits[(3 * (r % 3) + r // 3 + c) % 9] for c in columns] for r in rows]


def cut(rng, grid, keep):
    """`grid` with each cell kept with probability `keep`, the rest emptied."""
    return [[digit if rng.random() < keep else "." for digit in row] for row in grid]


def _box(r, c):
    return (r // 3) * 3 + c // 3


def repeat_in(rng, board, group):
    """`board` with one empty cell given a digit that repeats in exactly `group` (row, column or box)."""
    for _ in range(10000):
        r, c = rng.randrange(9), rng.randrange(9)
        if board[r][c] != ".":
            continue
        for digit in rng.sample(DIGITS, 9):
            in_row = any(board[r][k] == digit for k in range(9))
            in_column = any(board[k][c] == digit for k in range(9))
            in_box = any(board[i][j] == digit for i in range(9) for j in range(9) if _box(i, j) == _box(r, c))
            if (in_row, in_column, in_box) == (group == "row", group == "column", group == "box"):
                changed = [row[:] for row in board]
                changed[r][c] = digit
                return changed
    raise ValueError(f"no cell repeats in its {group} only")


def hidden_cases():
    rng = random.Random(36)
    cases = [
        ("empty board", {"board": [["."] * 9 for _ in range(9)]}),
        ("one digit", {"board": [["5" if (r, c) == (4, 4) else "." for c in range(9)] for r in range(9)]}),
    ]
    grid = solved(rng)
    cases.append(("solved grid", {"board": grid}))
    changed = [row[:] for row in grid]
    changed[8][8] = next(digit for digit in DIGITS if digit != grid[8][8])
    cases.append(("solved grid, last cell changed", {"board": changed}))
    for index, keep in enumerate((0.2, 0.35, 0.5, 0.65, 0.8), start=1):
        board = cut(rng, solved(rng), keep)
        cases.append((f"valid, {int(keep * 100)}% filled", {"board": board}))
        for group in ("row", "column", "box"):
            cases.append((f"{int(keep * 100)}% filled, repeat in a {group} only",
                          {"board": repeat_in(rng, board, group)}))
    diagonal = [["." for _ in range(9)] for _ in range(9)]
    diagonal[1][4], diagonal[4][1] = "7", "7"  # boxes 1 and 3, which r // 3 + c // 3 confuses
    cases.append(("same digit in boxes 1 and 3", {"board": diagonal}))
    return cases


@st.composite
def _boards(draw):
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    board = cut(rng, solved(rng), draw(st.sampled_from((0.1, 0.3, 0.6))))
    group = draw(st.sampled_from(("none", "row", "column", "box")))
    return {"board": board if group == "none" else repeat_in(rng, board, group)}


def strategy():
    return _boards()


def validate(case):
    board = case["board"]
    assert isinstance(board, list) and len(board) == 9, "board must have 9 rows"
    for r, row in enumerate(board):
        assert isinstance(row, list) and len(row) == 9, f"board[{r}] must have 9 cells"
        for c, cell in enumerate(row):
            assert cell == "." or (isinstance(cell, str) and cell in DIGITS and len(cell) == 1), \
                f"board[{r}][{c}] = {cell!r} is not a digit 1-9 or '.'"


def input_of_size(n, rng):
    return {"board": cut(rng, solved(rng), min(1.0, n / 81))}
