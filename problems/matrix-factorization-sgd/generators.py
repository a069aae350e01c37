"""Realistic epochs: small random initial factors, ratings of 1 to 5 stars, popular users
and items visited many times. The largest (500 x 500 x 32, 10^4 ratings) makes
recomputing all predictions per rating take more than a minute.

The largest input is under 0.9 MB of JSON, and that is far more than
time_limit/full_prediction_matrix.py needs (it spends a few ms a rating against a 3 s
limit, and so times out on several cases), while the reference takes well under a second.
Larger inputs would only slow every run down, because each run decodes the case's JSON
inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_USERS = MAX_ITEMS = 500
MAX_D = 32
MAX_RATINGS = 10_000
SIZE = "n = len(ratings), with n / 8 users and n / 8 items, d = 8"


def _factors(rng, rows, d, scale):
    return [[max(-1.0, min(1.0, rng.gauss(0.0, scale))) for _ in range(d)] for _ in range(rows)]


def _case(rng, n_users, n_items, d, n, lr, reg, scale=0.1, half_stars=False, skew=1.0):
    ratings = []
    for _ in range(n):
        u = min(n_users - 1, int(n_users * rng.random() ** skew))  # skew > 1: a few busy users
        i = min(n_items - 1, int(n_items * rng.random() ** skew))
        r = rng.randint(2, 10) / 2 if half_stars else float(rng.randint(1, 5))
        ratings.append([u, i, r])
    return {"user_factors": _factors(rng, n_users, d, scale), "item_factors": _factors(rng, n_items, d, scale),
            "ratings": ratings, "lr": lr, "reg": reg}


def hidden_cases():
    rng = random.Random(17)
    return [
        ("medium, d = 8", _case(rng, 100, 50, 8, 2_000, 0.01, 0.02)),
        ("few users and items, many repeats", _case(rng, 20, 10, 16, 5_000, 0.02, 0.05, half_stars=True)),
        ("popular items, d = 32", _case(rng, 500, 300, 32, 10_000, 0.01, 0.01, skew=3.0)),
        ("largest learning rate", _case(rng, 300, 300, 10, 10_000, 0.1, 0.1, scale=0.05)),
        ("smallest learning rate, no L2", _case(rng, 200, 200, 20, MAX_RATINGS, 0.001, 0.0)),
        ("largest", _case(rng, MAX_USERS, MAX_ITEMS, MAX_D, MAX_RATINGS, 0.01, 0.02, scale=0.3)),
    ]


def input_of_size(n, rng):
    # The factor tables grow with the ratings (a copy of them is O(n d) too), so they never
    # dwarf the ratings at small n.
    side = max(1, n // 8)
    return _case(rng, side, side, 8, n, 0.01, 0.02)


@st.composite
def _small(draw):
    n_users, n_items, d = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    factor = st.floats(-1, 1, allow_subnormal=False)
    user_factors = draw(st.lists(st.lists(factor, min_size=d, max_size=d), min_size=n_users, max_size=n_users))
    item_factors = draw(st.lists(st.lists(factor, min_size=d, max_size=d), min_size=n_items, max_size=n_items))
    rating = st.tuples(st.integers(0, n_users - 1), st.integers(0, n_items - 1),
                       st.sampled_from([1.0, 2.0, 2.5, 3.0, 4.0, 5.0])).map(list)
    ratings = draw(st.lists(rating, min_size=1, max_size=8))
    lr = draw(st.sampled_from([0.001, 0.01, 0.05, 0.1]))
    reg = draw(st.sampled_from([0.0, 0.01, 0.1]))
    return {"user_factors": user_factors, "item_factors": item_factors, "ratings": ratings, "lr": lr, "reg": reg}


def strategy():
    return _small()


def _matrix(rows, name, max_rows):
    assert 1 <= len(rows) <= max_rows, f"{name} has {len(rows)} rows, out of [1, {max_rows}]"
    d = len(rows[0])
    assert 1 <= d <= MAX_D, f"{name} has {d} columns, out of [1, {MAX_D}]"
    assert all(len(row) == d for row in rows), f"{name} is ragged"
    assert all(-1 <= x <= 1 for row in rows for x in row), f"{name} has a factor outside [-1, 1]"
    return len(rows), d


def validate(case):
    n_users, d_user = _matrix(case["user_factors"], "user_factors", MAX_USERS)
    n_items, d_item = _matrix(case["item_factors"], "item_factors", MAX_ITEMS)
    assert d_user == d_item, "user and item factors differ in d"
    ratings = case["ratings"]
    assert 1 <= len(ratings) <= MAX_RATINGS, f"{len(ratings)} ratings, out of [1, {MAX_RATINGS}]"
    for u, i, r in ratings:
        assert type(u) is int and 0 <= u < n_users, f"user index {u} out of range"
        assert type(i) is int and 0 <= i < n_items, f"item index {i} out of range"
        assert 1 <= r <= 5, f"rating {r} outside [1, 5]"
    assert 0.001 <= case["lr"] <= 0.1, f"lr = {case['lr']} outside [0.001, 0.1]"
    assert 0 <= case["reg"] <= 0.1, f"reg = {case['reg']} outside [0, 0.1]"
