"""Batches of users whose top-m lists draw on a popularity-skewed catalogue (so hits happen),
users with nothing held out (left out of the means), heavy users holding out more items than
k (where a capped recall differs), light users with a single held-out item (where a
micro-average differs from the per-user mean), hits just past the cutoff, and ids up to 10^6.

u * m and the number of held-out pairs are at most 10^5 each (about 1.5 MB of JSON a case),
because each run decodes the case inside the submission's CPU time. Any approach is linear
in that size, so there is no time_limit/ folder."""

import random

from hypothesis import strategies as st

SIZE = "u * m (recommended slots), m = 50"
MAX_USERS, MAX_M, MAX_SLOTS, MAX_PAIRS, MAX_ID = 2000, 200, 10**5, 10**5, 10**6


def _popular(rng, catalogue):
    return catalogue[min(len(catalogue) - 1, int(rng.paretovariate(0.8)) - 1)]


def _case(rng, users, m, k, catalogue_size=5000, empty=0.2, heavy=0.2, max_id=MAX_ID, pairs=MAX_PAIRS):
    catalogue = rng.sample(range(max_id + 1), catalogue_size)
    recommended, held_out = [], []
    budget = pairs
    for user in range(users):
        row = []
        seen = set()
        while len(row) < m:
            item = _popular(rng, catalogue) if rng.random() < 0.7 else rng.choice(catalogue)
            if item not in seen:
                seen.add(item)
                row.append(item)
        recommended.append(row)
        draw = rng.random()
        count = 0 if draw < empty else rng.randint(k + 1, 3 * k + 5) if draw < empty + heavy else rng.randint(1, 3)
        count = min(count, budget)
        budget -= count
        held = set()
        while len(held) < count:
            held.add(_popular(rng, catalogue) if rng.random() < 0.5 else rng.choice(catalogue))
        held_out += [[user, item] for item in sorted(held)]
    if not held_out:
        held_out = [[0, recommended[0][0]]]
    rng.shuffle(held_out)
    return {"recommended": recommended, "held_out": held_out, "k": k}


def hidden_cases():
    rng = random.Random(29)
    return [
        ("largest, 1000 users x 100 slots, k = 20", _case(rng, 1000, 100, 20)),
        ("largest, 2000 users x 50 slots, k = 50 (the whole list)", _case(rng, 2000, 50, 50)),
        ("500 users x 200 slots, k = 1", _case(rng, 500, 200, 1)),
        ("half the users with nothing held out", _case(rng, 1000, 50, 10, empty=0.5)),
        ("heavy users only", _case(rng, 300, 100, 5, empty=0.0, heavy=1.0)),
        ("light users only, small catalogue", _case(rng, 1000, 30, 10, catalogue_size=200, empty=0.0, heavy=0.0)),
        ("one user, k = m = 200", _case(rng, 1, 200, 200, empty=0.0)),
        ("a catalogue of 50 ids up to 10^6", _case(rng, 200, 20, 7, catalogue_size=50)),
    ]


def input_of_size(n, rng):
    users = max(1, min(MAX_USERS, n // 50))
    return _case(rng, users, 50, 10, pairs=10 * users)


@st.composite
def _small(draw):
    users = draw(st.integers(1, 4))
    m = draw(st.integers(1, 5))
    ids = st.integers(0, 7)
    recommended = [draw(st.lists(ids, min_size=m, max_size=m, unique=True)) for _ in range(users)]
    pairs = draw(st.lists(st.tuples(st.integers(0, users - 1), ids), min_size=1, max_size=10, unique=True))
    return {"recommended": recommended, "held_out": [list(pair) for pair in pairs], "k": draw(st.integers(1, m))}


def strategy():
    return _small()


def validate(case):
    recommended, held_out, k = case["recommended"], case["held_out"], case["k"]
    users = len(recommended)
    assert 1 <= users <= MAX_USERS, f"u = {users} is out of [1, {MAX_USERS}]"
    m = len(recommended[0])
    assert 1 <= m <= MAX_M and all(len(row) == m for row in recommended), "every row must hold m in [1, 200] items"
    assert users * m <= MAX_SLOTS, "u * m must be at most 10^5"
    assert all(len(set(row)) == m for row in recommended), "a recommended row repeats an item"
    assert 1 <= len(held_out) <= MAX_PAIRS, f"{len(held_out)} held-out pairs, expected 1 to 10^5"
    assert all(len(pair) == 2 and 0 <= pair[0] < users for pair in held_out), "a held-out user is not a row"
    assert len({tuple(pair) for pair in held_out}) == len(held_out), "a held-out pair repeats"
    ids = [i for row in recommended for i in row] + [pair[1] for pair in held_out]
    assert all(type(i) is int and 0 <= i <= MAX_ID for i in ids), "an item id is out of [0, 10^6]"
    assert type(k) is int and 1 <= k <= m, f"k = {k} is out of [1, m]"
