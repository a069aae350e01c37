"""Interaction logs with popularity-skewed items, so popular items share hundreds of users
(the formula as written then visits up to 2 * 10^7 user pairs of item pairs), heavy and
light users, alpha from 0.01 (the shared-item count dominates) to 100, users with a single
item (they pair with nobody over two items), items nobody touched, and users with identical
baskets.

At most 1.5 * 10^4 interactions, 1000 users and 300 items (the answer is a 300 x 300 matrix,
about 2 MB of JSON), because each run decodes the case and the answer is read back."""

import random

from hypothesis import strategies as st

SIZE = "interactions (10 per user), items = 200"
MAX_USERS, MAX_ITEMS, MAX_PAIRS, MIN_ALPHA, MAX_ALPHA = 1000, 300, 15_000, 0.01, 100.0


def _log(rng, users, items, per_user, skew=1.0, alpha=1.0):
    weights = [1 / (rank + 1) ** skew for rank in range(items)]
    order = list(range(items))
    rng.shuffle(order)
    pairs = set()
    for u in range(users):
        size = max(1, min(items, int(rng.expovariate(1 / per_user)) + 1))
        basket = set()
        while len(basket) < size:
            basket.add(order[rng.choices(range(items), weights=weights)[0]])
        pairs |= {(u, i) for i in basket}
    pairs = sorted(pairs)
    rng.shuffle(pairs)
    return {"interactions": [list(p) for p in pairs[:MAX_PAIRS]], "n_users": users, "n_items": items, "alpha": alpha}


def hidden_cases():
    rng = random.Random(67)
    twins = _log(rng, 300, 40, 5)
    twins["interactions"] += [[300 + u, i] for u, i in twins["interactions"] if u < 50]
    twins["n_users"] = 350
    return [
        ("largest, 1000 users, 300 items, skewed", _log(rng, 1000, 300, 14, skew=1.0)),
        ("1000 heavy users, 150 items", _log(rng, 1000, 150, 14, skew=0.8, alpha=0.5)),
        ("400 users of 36 items among 80: 2 * 10^7 user pairs of item pairs", _log(rng, 400, 80, 36, skew=0.3)),
        ("500 users of 29 items among 100", _log(rng, 500, 100, 29, skew=0.5, alpha=2.0)),
        ("alpha = 0.01", _log(rng, 500, 100, 6, alpha=0.01)),
        ("alpha = 100", _log(rng, 500, 100, 6, alpha=100.0)),
        ("light users: mostly one item each", _log(rng, 1000, 300, 0.3)),
        ("users with identical baskets", twins),
        ("items nobody touched", {**_log(rng, 200, 50, 4), "n_items": 80}),
        ("one user", _log(rng, 1, 10, 5)),
    ]


def input_of_size(n, rng):
    return _log(rng, max(1, min(MAX_USERS, n // 10)), 200, 9)


@st.composite
def _small(draw):
    users, items = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    pairs = draw(st.lists(st.tuples(st.integers(0, users - 1), st.integers(0, items - 1)),
                          min_size=1, max_size=12, unique=True))
    alpha = draw(st.sampled_from([MIN_ALPHA, 0.5, 1.0, MAX_ALPHA]) | st.floats(MIN_ALPHA, MAX_ALPHA))
    return {"interactions": [list(p) for p in pairs], "n_users": users, "n_items": items, "alpha": alpha}


def strategy():
    return _small()


def validate(case):
    pairs, users, items, alpha = case["interactions"], case["n_users"], case["n_items"], case["alpha"]
    assert type(users) is int and 1 <= users <= MAX_USERS, f"n_users = {users} is out of [1, 1000]"
    assert type(items) is int and 1 <= items <= MAX_ITEMS, f"n_items = {items} is out of [1, 300]"
    assert 1 <= len(pairs) <= MAX_PAIRS, f"{len(pairs)} interactions, expected 1 to 1.5 * 10^4"
    assert all(len(p) == 2 and 0 <= p[0] < users and 0 <= p[1] < items for p in pairs), "a pair is out of range"
    assert len({tuple(p) for p in pairs}) == len(pairs), "an interaction repeats"
    assert MIN_ALPHA <= alpha <= MAX_ALPHA, f"alpha = {alpha} is out of [0.01, 100]"
