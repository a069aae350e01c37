"""Every shape from 1 x 1 to 10 x 10 with distinct values, so any cell read twice or skipped shows."""

import math
import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

M = Bound("m", 1, 10)
N = Bound("n", 1, 10)
V = Bound("matrix[i][j]", -100, 100)
SIZE = "m * n (near-square matrices)"


def _matrix(rng, rows, cols, distinct=True):
    values = V.distinct(rng, rows * cols) if distinct else V.sample(rng, rows * cols)
    return [values[r * cols:(r + 1) * cols] for r in range(rows)]


def hidden_cases():
    rng = random.Random(54)
    cases = [(f"{rows} x {cols}", {"matrix": _matrix(rng, rows, cols)})
             for rows in range(1, M.max + 1) for cols in range(1, N.max + 1)]
    cases.append(("largest, all equal", {"matrix": [[-100] * N.max for _ in range(M.max)]}))
    cases.append(("largest, repeats", {"matrix": _matrix(rng, M.max, N.max, distinct=False)}))
    return cases


@st.composite
def _inputs(draw):
    rows, cols = draw(M.integers(high=6)), draw(N.integers(high=6))
    values = draw(st.lists(V.integers(), min_size=rows * cols, max_size=rows * cols, unique=True))
    return {"matrix": [values[r * cols:(r + 1) * cols] for r in range(rows)]}


def strategy():
    return _inputs()


def validate(case):
    graphs.check_matrix(case["matrix"], M, N, V)


def input_of_size(n, rng):
    rows = M.clamp(math.ceil(max(1, n) ** 0.5))
    return {"matrix": _matrix(rng, rows, N.clamp(math.ceil(max(1, n) / rows)))}
