"""Largest boards (6 x 6) with 15-letter words: absent words, a long hidden path, repeated letters."""

import random
import string

from hypothesis import strategies as st

SIZE = "m * n (a checkerboard of A and B, 2 rows), with the word ABAA"
MAX_SIDE, MAX_WORD = 6, 15
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def _board(rows, cols, letters, rng):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def _path_word(board, length, rng):
    """The letters along a random self-avoiding walk, as long as it can get up to `length`."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path = [(r, c)]
    while len(path) < length:
        options = [(r + a, c + b) for a, b in STEPS
                   if 0 <= r + a < rows and 0 <= c + b < cols and (r + a, c + b) not in path]
        if not options:
            break
        r, c = rng.choice(options)
        path.append((r, c))
    return "".join(board[r][c] for r, c in path)


def hidden_cases():
    rng = random.Random(79)
    cases = []
    board = _board(6, 6, string.ascii_uppercase, rng)
    cases.append(("largest, word made of other letters", {"board": board, "word": "abcdefghijklmno"}))
    board = _board(6, 6, "AB", rng)
    cases.append(("largest, two letters, 15-letter path", {"board": board, "word": _path_word(board, 15, rng)}))
    word = "".join(rng.choice("AB") for _ in range(15))
    cases.append(("largest, two letters, random word", {"board": _board(6, 6, "AB", rng), "word": word}))
    corners = [["A"] * 6 for _ in range(6)]
    corners[0][0] = corners[5][5] = "B"
    cases.append(("largest, ends on rare letters, no path", {"board": corners, "word": "B" + "A" * 13 + "B"}))
    middle = [["A"] * 6 for _ in range(6)]
    middle[2][3] = "B"
    cases.append(("largest, one B in the middle", {"board": middle, "word": "A" * 14 + "B"}))
    board = _board(6, 6, "abcABC", rng)
    cases.append(("largest, mixed case path", {"board": board, "word": _path_word(board, 15, rng)}))
    for seed in range(1, 9):
        rng = random.Random(seed)
        board = _board(rng.randint(1, 6), rng.randint(1, 6), "ABC"[:rng.randint(2, 3)], rng)
        if seed % 2:
            word = _path_word(board, rng.randint(1, 15), rng)
        else:
            word = "".join(rng.choice("ABC") for _ in range(rng.randint(1, 15)))
        cases.append((f"random {seed}", {"board": board, "word": word}))
    return cases


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    letters = draw(st.sampled_from(["AB", "AB", "ABC", "aAb"]))
    board = draw(st.lists(st.lists(st.sampled_from(letters), min_size=cols, max_size=cols),
                          min_size=rows, max_size=rows))
    if draw(st.integers(0, 2)):  # mostly words that can be traced, the hard ones to get right
        word = _path_word(board, draw(st.integers(1, 9)), random.Random(draw(st.integers(0, 10**6))))
    else:
        word = draw(st.text(alphabet=letters, min_size=1, max_size=8))
    return {"board": board, "word": word}


def strategy():
    return _inputs()


def validate(case):
    board, word = case["board"], case["word"]
    assert 1 <= len(board) <= MAX_SIDE, "need 1 <= m <= 6 rows"
    cols = len(board[0])
    assert 1 <= cols <= MAX_SIDE, "need 1 <= n <= 6 columns"
    for row in board:
        assert len(row) == cols, "rows of different lengths"
        assert all(len(cell) == 1 and cell in string.ascii_letters for cell in row), "cells must be single letters"
    assert 1 <= len(word) <= MAX_WORD, "need 1 <= len(word) <= 15"
    assert all(ch in string.ascii_letters for ch in word), "the word must be English letters"


def input_of_size(n, rng):
    # The board grows (past 6 x 6, where growth shows) and the word stays short, so O(m * n * 3^L) is linear in
    # the cells: a 15-letter word would dwarf any board it fits on. On a checkerboard every path alternates, so
    # "ABAA" is traced from each A to its third letter and fails on the last, whichever end a search starts from.
    rows, cols = 2, max(1, n // 2)  # a fixed height: a square's border share would shrink as it grows
    board = [["AB"[(r + c) % 2] for c in range(cols)] for r in range(rows)]
    return {"board": board, "word": "ABAA"}
