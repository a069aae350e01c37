"""Square matrices of every size up to 20 x 20, values across the whole range."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "n * n"
SIDE = Bound("n", 1, 20)
VALUE = Bound("matrix[i][j]", -1000, 1000)


def _matrix(rng, n):
    return [VALUE.sample(rng, n) for _ in range(n)]


def hidden_cases():
    rng = random.Random(48)
    cases = [(f"n = {n}", {"matrix": _matrix(rng, n)}) for n in (2, 3, 4, 5, 6, 7, 10, 15, 19, SIDE.max)]
    cases.append(("largest, numbered cells", {"matrix": [[i * 20 + j - 200 for j in range(20)] for i in range(20)]}))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 6))
    row = st.lists(st.integers(-9, 9), min_size=n, max_size=n)
    return {"matrix": draw(st.lists(row, min_size=n, max_size=n))}


def strategy():
    return _inputs()


def validate(case):
    matrix = case["matrix"]
    SIDE.check(len(matrix), "n")
    for i, row in enumerate(matrix):
        assert len(row) == len(matrix), f"row {i} has {len(row)} values; the matrix must be {len(matrix)} x {len(matrix)}"
        VALUE.check_all(row, f"matrix[{i}]")


def input_of_size(size, rng):
    return {"matrix": _matrix(rng, SIDE.clamp(int(size ** 0.5)))}
