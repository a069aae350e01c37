"""Impression logs of many users (groups) with rounded scores (ties inside a group), users
with one impression or one class only (left out), heavy users whose AUC differs from light
users' (so the weighting shows), group ids large and interleaved, and one user holding most
of the log, where comparing every positive with every negative of a group is about 4 * 10^8
pairs.

n is at most 5 * 10^4 (about 1.2 MB of JSON a case), because each run decodes the case
inside the submission's CPU time."""

import random

from hypothesis import strategies as st

SIZE = "n = len(scores)"
MAX_N = 50_000
MAX_ID = 10**9
MAX_SCORE = 10**6


def _impressions(rng, user, count, ctr, quality, decimals):
    rows = []
    for _ in range(count):
        y = 1 if rng.random() < ctr else 0
        p = min(1.0, max(0.0, rng.gauss(0.5 + quality * (y - 0.5), 0.2)))
        rows.append((user, round(p, decimals) if decimals is not None else p, y))
    return rows


def _case(rows, rng, shuffle=True):
    if shuffle:
        rng.shuffle(rows)
    groups, scores, labels = (list(column) for column in zip(*rows))
    return {"groups": groups, "scores": scores, "labels": labels}


def _many_users(rng, n, decimals, ids=lambda i: i):
    rows, user = [], 0
    n -= 4
    while len(rows) < n:
        size = min(n - len(rows), max(1, int(rng.paretovariate(1.2))))
        quality = 0.4 if size > 20 else 0.05  # heavy users are ranked well, light users barely
        rows += _impressions(rng, ids(user), size, rng.choice([0.05, 0.2, 0.5]), quality, decimals)
        user += 1
    rows += _impressions(rng, ids(user), 4, 0.5, 0.3, decimals)
    rows[-4:] = [(g, s, y) for (g, s, _), y in zip(rows[-4:], (0, 1, 0, 1))]  # one group with both classes
    return rows


def hidden_cases():
    rng = random.Random(23)
    big_ids = lambda i: (i * 7_919_993 + 12_345) % MAX_ID
    one_heavy = _impressions(rng, 5, 44_000, 0.5, 0.3, None)
    one_heavy += _many_users(rng, MAX_N - 44_000, 2)[: MAX_N - 44_000]
    tied = []
    for user in range(2000):
        score = round(rng.random(), 1)
        tied += [(user, score, rng.randint(0, 1)) for _ in range(rng.randint(1, 12))]
    return [
        ("largest, one user with 44000 impressions", _case(one_heavy, rng)),
        ("largest, one user only, continuous scores",
         _case(_impressions(rng, 0, MAX_N, 0.5, 0.2, None), rng)),
        ("largest, 12500 users, scores to 2 decimals", _case(_many_users(rng, MAX_N, 2), rng)),
        ("many users, scores to 1 decimal (ties everywhere)", _case(_many_users(rng, 20_000, 1), rng)),
        ("large, ids up to 10^9, interleaved", _case(_many_users(rng, 30_000, 3, big_ids), rng)),
        ("large, sorted by user", _case(_many_users(rng, 30_000, None), rng, shuffle=False)),
        ("every user's scores tied", _case(tied, rng)),
        ("scores spread to 10^6",
         _case([(g, s * MAX_SCORE * 2 - MAX_SCORE, y) for g, s, y in _many_users(rng, 10_000, 4)], rng)),
    ]


def input_of_size(n, rng):
    rows = _many_users(rng, max(4, min(n, MAX_N)), 2)
    return _case(rows[:MAX_N], rng)


@st.composite
def _small(draw):
    n = draw(st.integers(2, 12))
    groups = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    pool = st.sampled_from([0.0, 0.25, 0.5, 1.0]) if draw(st.booleans()) else \
        st.floats(-MAX_SCORE, MAX_SCORE, allow_nan=False)
    scores = draw(st.lists(pool, min_size=n, max_size=n))
    labels = draw(st.lists(st.sampled_from([0, 1]), min_size=n, max_size=n))
    groups[0] = groups[1]  # the first two rows: one group with both classes
    labels[0], labels[1] = 0, 1
    return {"groups": groups, "scores": scores, "labels": labels}


def strategy():
    return _small()


def validate(case):
    groups, scores, labels = case["groups"], case["scores"], case["labels"]
    n = len(scores)
    assert 2 <= n <= MAX_N, f"n = {n} is out of [2, {MAX_N}]"
    assert len(groups) == n and len(labels) == n, "groups, scores and labels differ in length"
    assert all(type(g) is int and 0 <= g <= MAX_ID for g in groups), "a group id is out of [0, 10^9]"
    assert all(y in (0, 1) for y in labels), "a label is not 0 or 1"
    assert all(-MAX_SCORE <= s <= MAX_SCORE for s in scores), "a score is outside [-10^6, 10^6]"
    classes = {}
    for g, y in zip(groups, labels):
        classes.setdefault(g, set()).add(y)
    assert any(len(c) == 2 for c in classes.values()), "no group has both a positive and a negative"
