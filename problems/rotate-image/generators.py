"""Square matrices of every size up to 20 x 20, values across the whole range."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

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
    graphs.check_matrix(matrix, SIDE, SIDE, VALUE)
    assert len(matrix[0]) == len(matrix), f"the matrix is {len(matrix)} x {len(matrix[0])}; it must be square"


def input_of_size(size, rng):
    return {"matrix": _matrix(rng, SIDE.clamp(int(size ** 0.5)))}
