"""Matrices up to 100 x 100: targets in every corner, between rows, below and above all, wide and tall shapes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIDE = Bound("m, n", 1, 100)
V = Bound("matrix[i][j], target", -10**4, 10**4)
SIZE = "m * n (square)"


def _matrix(rng, m, n, repeats=0.3):
    """Non-decreasing values read row after row, strictly rising at each row break."""
    total = m * n
    values = sorted(rng.sample(range(V.low, V.high + 1), total))
    for k in range(1, total):  # copy the left neighbour now and then, but never across a row break
        if k % n and rng.random() < repeats:
            values[k] = values[k - 1]
    return [values[r * n:(r + 1) * n] for r in range(m)]


def _cells(matrix):
    return [v for row in matrix for v in row]


def hidden_cases():
    rng = random.Random(74)
    cases = [
        ("1 x 1, present", {"matrix": [[5]], "target": 5}),
        ("1 x 1, absent", {"matrix": [[5]], "target": -5}),
        ("one row, last cell", {"matrix": [[1, 3, 5, 7]], "target": 7}),
        ("one column, middle", {"matrix": [[-3], [0], [4], [9]], "target": 0}),
        ("one column, last cell", {"matrix": [[-3], [0], [4], [9]], "target": 9}),
        ("2 x 2, last cell", {"matrix": [[1, 2], [3, 4]], "target": 4}),
        ("end of the first row", {"matrix": [[1, 3, 5], [7, 9, 11]], "target": 5}),
        ("between two rows", {"matrix": [[1, 3, 5], [7, 9, 11]], "target": 6}),
        ("below everything", {"matrix": [[1, 3, 5], [7, 9, 11]], "target": -10**4}),
        ("above everything", {"matrix": [[1, 3, 5], [7, 9, 11]], "target": 10**4}),
        ("repeated values", {"matrix": [[2, 2, 2], [4, 4, 6]], "target": 4}),
    ]
    for m, n in ((100, 100), (1, 100), (100, 1), (3, 100), (100, 3), (37, 59)):
        matrix = _matrix(rng, m, n)
        cells = _cells(matrix)
        inside_gaps = [v for v in range(cells[0], cells[-1]) if v not in set(cells)][:1000]
        cases += [
            (f"{m} x {n}, last cell", {"matrix": matrix, "target": cells[-1]}),
            (f"{m} x {n}, first cell", {"matrix": matrix, "target": cells[0]}),
            (f"{m} x {n}, end of a middle row", {"matrix": matrix, "target": matrix[m // 2][-1]}),
            (f"{m} x {n}, random cell", {"matrix": matrix, "target": rng.choice(cells)}),
            (f"{m} x {n}, a gap inside", {"matrix": matrix, "target": rng.choice(inside_gaps)}),
        ]
    return cases


@st.composite
def _inputs(draw):
    m, n = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    rng = random.Random(draw(st.integers(0, 2**16)))
    matrix = _matrix(rng, m, n)
    target = draw(st.one_of(st.sampled_from(_cells(matrix)), V.integers(-20, 20), st.sampled_from([V.low, V.high])))
    return {"matrix": matrix, "target": target}


def strategy():
    return _inputs()


def validate(case):
    matrix, target = case["matrix"], case["target"]
    graphs.check_matrix(matrix, SIDE, SIDE, V)
    for r, row in enumerate(matrix):
        assert all(a <= b for a, b in zip(row, row[1:])), f"row {r} is not sorted"
        if r:
            assert row[0] > matrix[r - 1][-1], f"row {r} starts at {row[0]}, not above the row above's last"
    V.check(target, "target")


def input_of_size(n, rng):
    side = SIDE.clamp(int(n ** 0.5))
    matrix = _matrix(rng, side, side)
    return {"matrix": matrix, "target": matrix[-1][-1]}
