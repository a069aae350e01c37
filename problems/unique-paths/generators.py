"""Grids up to 100 x 100 whose answer is at most 2 * 10^9: the largest answers (17 x 18: 1166803110 paths, 7 x 100:
1609344100) make the plain recursion run for minutes; thin and square grids catch swapped or shifted indices."""

import random
from math import comb

from hypothesis import strategies as st

from judge.kit import Bound

ROWS = 4
SIZE = f"n, the grid's width (m = {ROWS} rows)"
SIDE = Bound("m, n", 1, 100)
MAX_ANSWER = 2 * 10**9


def paths(m, n):
    return comb(m + n - 2, m - 1)


def _widest(m):
    """The largest n whose m x n grid keeps the answer within the bound."""
    return max(n for n in range(SIDE.min, SIDE.max + 1) if paths(m, n) <= MAX_ANSWER)


def hidden_cases():
    rng = random.Random(62)
    cases = [
        ("1 x 1", {"m": 1, "n": 1}),
        ("1 x 100", {"m": 1, "n": 100}),
        ("100 x 1", {"m": 100, "n": 1}),
        ("2 x 100", {"m": 2, "n": 100}),
        ("100 x 3", {"m": 100, "n": 3}),
        ("largest answer, 17 x 18", {"m": 17, "n": 18}),
        ("largest answer, 18 x 17", {"m": 18, "n": 17}),
        ("largest answer, 7 x 100", {"m": 7, "n": 100}),
        ("largest answer, 100 x 7", {"m": 100, "n": 7}),
        ("largest answer, 16 x 20", {"m": 16, "n": 20}),
        ("largest answer, 8 x 69", {"m": 8, "n": 69}),
        ("largest answer, 40 x 10", {"m": 40, "n": 10}),
        ("square, 16 x 16", {"m": 16, "n": 16}),
    ]
    for index in range(6):
        m = rng.randint(1, 30)
        n = rng.randint(1, _widest(m))
        cases.append((f"random {index + 1}", {"m": m, "n": n}))
    return cases


def strategy():
    return st.fixed_dictionaries({"m": SIDE.integers(high=10), "n": SIDE.integers(high=10)})


def validate(case):
    SIDE.check(case["m"], "m")
    SIDE.check(case["n"], "n")
    answer = paths(case["m"], case["n"])
    assert answer <= MAX_ANSWER, f"m = {case['m']}, n = {case['n']} has {answer} paths, more than 2 * 10^9"


def input_of_size(n, rng):
    """A grid of ROWS rows (fewer below n = ROWS) and n columns, past 100 columns too. Square grids would stop at
    17 x 17, the largest within the answer's bound, and past it their answers grow by n bits a cell: the
    measurement would time big-integer additions. With m fixed, O(m * n) time and O(n) space are both linear in n;
    few rows keep the memoised solution's cache small enough (m * n entries) that it times the table, not the
    memory hierarchy. The binomial is O(min(m, n)) multiplications: constant here."""
    return {"m": min(max(1, n), ROWS), "n": max(1, n)}
