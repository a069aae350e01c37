"""Up to 3000 calls on the 1001 x 1001 grid: dense small grids with many duplicates, full columns and rows around
the queries, squares near the borders, and queries that are stored points themselves."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, calls

MAX_CALLS = 3000
COORD = Bound("x, y", 0, 1000)
SIZE = "number of calls"


def _calls(pairs):
    return {"operations": ["DetectSquares"] + [op for op, _ in pairs], "arguments": [[]] + [[list(p)] for _, p in pairs]}


def _random(rng, calls, high, add_share=0.5):
    return _calls([("add" if rng.random() < add_share else "count", (rng.randint(0, high), rng.randint(0, high)))
                   for _ in range(calls)])


def _cross(rng):
    """Points filling column 500 and row 500 and both diagonals, then queries at and near the centre."""
    adds = []
    for t in range(0, 1001, 3):
        adds += [(500, t), (t, 500), (t, t), (t, 1000 - t)]
    adds = adds[:MAX_CALLS // 2]
    queries = [(500 + rng.randint(-2, 2), 500 + rng.randint(-2, 2)) for _ in range(MAX_CALLS - len(adds))]
    return _calls([("add", p) for p in adds] + [("count", q) for q in queries])


def _full_column(rng):
    """1500 points in one column x = 0 and on the square corners to its right, then 1500 queries in that column."""
    adds = [(0, rng.randint(0, 1000)) for _ in range(500)]
    adds += [(side, y) for side in range(1, 500) for y in (0,)] + [(rng.randint(0, 1000), rng.randint(0, 1000))
                                                                    for _ in range(501)]
    queries = [(0, rng.randint(0, 1000)) for _ in range(MAX_CALLS - len(adds))]
    return _calls([("add", p) for p in adds] + [("count", q) for q in queries])


def _duplicates(rng):
    """Four corners of a few squares added hundreds of times each: products of large counts."""
    adds = []
    for _ in range(1500):
        adds.append(rng.choice(((0, 0), (0, 1000), (1000, 0), (1000, 1000), (0, 500), (500, 0), (500, 500))))
    queries = [rng.choice(((0, 0), (1000, 1000), (500, 500), (0, 1000), (500, 0))) for _ in range(1500)]
    return _calls([("add", p) for p in adds] + [("count", q) for q in queries])


def hidden_cases():
    rng = random.Random(2013)
    return [
        ("largest, 5 x 5 grid, half adds", _random(rng, MAX_CALLS, 4)),
        ("largest, 30 x 30 grid", _random(rng, MAX_CALLS, 29)),
        ("largest, whole grid", _random(rng, MAX_CALLS, 1000)),
        ("largest, cross and diagonals through the queries", _cross(rng)),
        ("largest, queries in a crowded column", _full_column(rng)),
        ("largest, few corners added hundreds of times", _duplicates(rng)),
        ("large, 3 x 3 grid, mostly counts", _random(rng, 2000, 2, 0.2)),
    ]


@st.composite
def _inputs(draw):
    coordinate = st.integers(0, 3)
    calls = draw(st.lists(st.tuples(st.sampled_from(("add", "add", "count")), st.tuples(coordinate, coordinate)),
                          min_size=1, max_size=12))
    return _calls(calls)


def strategy():
    return _inputs()


def validate(case):
    for index, _, (point,) in calls.check(case, "DetectSquares", {"add": 1, "count": 1}, MAX_CALLS):
        assert isinstance(point, list) and len(point) == 2, f"call {index}: point {point!r} is not [x, y]"
        COORD.check_all(point, f"call {index}: point")


def input_of_size(n, rng):
    return _random(rng, max(1, min(n, MAX_CALLS)), 30)
