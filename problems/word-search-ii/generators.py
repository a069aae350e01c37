"""12 x 12 boards with 3 * 10^4 words: an all-'a' board with words that fail on their last letter (no pruning),
random boards with dictionary-like words, and many words that share prefixes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIDE = Bound("m, n", 1, 12)
WORDS = Bound("len(words)", 1, 3 * 10**4)
WORD_LEN = Bound("len(words[i])", 1, 10)
SIZE = "m * n (a 2-row checkerboard of a and b), with the words abaa and ba"


def _board(rng, rows, cols, alphabet):
    return [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]


def _unique_words(rng, count, min_len, max_len, alphabet):
    seen, out = set(), []
    while len(out) < count:
        word = strings.random_string(rng, rng.randint(min_len, max_len), alphabet)
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def _paths(rng, board, count, max_len):
    """Words spelled by random self-avoiding walks on the board (so many are found)."""
    rows, cols = len(board), len(board[0])
    out = []
    for _ in range(count):
        r, c = rng.randrange(rows), rng.randrange(cols)
        path, seen = [board[r][c]], {(r, c)}
        for _ in range(rng.randint(0, max_len - 1)):
            steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                     if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
            if not steps:
                break
            r, c = rng.choice(steps)
            seen.add((r, c))
            path.append(board[r][c])
        out.append("".join(path))
    return out


def _dedupe(words):
    seen, out = set(), []
    for word in words:
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def hidden_cases():
    rng = random.Random(212)
    all_a = [["a"] * 12 for _ in range(12)]
    all_a[11][11] = "b"
    failing = ["a" * k + tail for k in range(1, 10) for tail in "cdefghijklmnopqrstuvwxyz"]
    failing += ["a" * 8 + x + y for x in "cdefghijklmnopqrstuvwxyz" for y in "bcdefghijk"]  # free for a trie
    random_board = _board(rng, 12, 12, "abcdefghijklmnopqrstuvwxyz")
    dense = _board(rng, 12, 12, "abcde")
    cases = [
        ("largest, all a, every word fails on its last letter", all_a,
         _dedupe(failing + ["a" * 6 + strings.random_string(rng, 4, "bc") for _ in range(200)] + ["b" + "a" * 9])),
        ("largest, 5 letters, 3 * 10^4 random words", dense, _unique_words(rng, WORDS.max, 1, 10, "abcde")),
        ("largest, random board, words from its paths and random ones", random_board,
         _dedupe(_paths(rng, random_board, 15000, 10) + _unique_words(rng, 15000, 3, 10, strings.LOWER))),
        ("largest, 2 letters, long words", _board(rng, 12, 12, "ab"), _unique_words(rng, 1500, 8, 10, "ab")),
        ("single row", [list("abcdefghijkl")], ["abc", "lkj", "abcdefghij", "acb", "la"]),
        ("single column", [[ch] for ch in "racecarabcd"], ["racecar", "car", "arc", "dcba", "race"]),
    ]
    return [(name, {"board": board, "words": words}) for name, board, words in cases]


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    letter = st.sampled_from("abc")
    board = [[draw(letter) for _ in range(cols)] for _ in range(rows)]
    words = draw(st.lists(strings.strategy("abc", 1, 6), min_size=1, max_size=8, unique=True))
    return {"board": board, "words": words}


def strategy():
    return _inputs()


def validate(case):
    board, words = case["board"], case["words"]
    assert isinstance(board, list) and board, "board must be a non-empty list of rows"
    SIDE.check(len(board), "m")
    SIDE.check(len(board[0]), "n")
    for r, row in enumerate(board):
        assert isinstance(row, list) and len(row) == len(board[0]), f"board[{r}] must have {len(board[0])} cells"
        for c, cell in enumerate(row):
            strings.check(cell, strings.LOWER, 1, 1, what=f"board[{r}][{c}]")
    WORDS.check(len(words))
    for i, word in enumerate(words):
        strings.check(word, strings.LOWER, WORD_LEN.min, WORD_LEN.max, what=f"words[{i}]")
    assert len(set(words)) == len(words), "the words must be unique"


def input_of_size(n, rng):
    # The board grows (past 12 x 12, where growth shows) beside two fixed words: a fixed 500 words would dwarf a
    # small board. With L and the words fixed, O(m * n * 3^L) is linear in the cells and O(total letters in words)
    # is constant. On a checkerboard every path alternates, so "abaa" is traced from every a and fails on its last
    # letter (its branch is never pruned), and the walk from a cell costs the same at every size.
    rows, cols = 2, max(1, n // 2)  # a fixed height: a square's border share would shrink as it grows
    board = [["ab"[(r + c) % 2] for c in range(cols)] for r in range(rows)]
    return {"board": board, "words": ["abaa", "ba"]}
