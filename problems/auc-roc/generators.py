"""Large cases full of ties (rounded probabilities), and the largest balanced input,
where comparing every positive with every negative means 4 * 10^8 pairs.

n is at most 4 * 10^4 (about 0.4 MB of JSON a case), while the reference takes a few ms.
Comparing every pair is then only about 10 s, 5x the 2 s limit, too close to be sure of a
time-out on a fast machine; drawing the ROC curve threshold by threshold with a scan of
every score (time_limit/every_threshold.py) is 4 * 10^4 scans of 4 * 10^4 scores on the
largest continuous case, far over. Larger inputs would only slow every run down, because
each run decodes the case's JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_N = 40_000
SIZE = "n = len(scores)"


def _case(rng, n, positive_rate, decimals=None, spread=1.0):
    labels = [1 if rng.random() < positive_rate else 0 for _ in range(n)]
    labels[0], labels[1] = 0, 1  # both classes present
    scores = []
    for y in labels:
        p = min(1.0, max(0.0, rng.gauss(0.55 if y else 0.45, 0.2)))
        scores.append(round(p, decimals) * spread if decimals is not None else p * spread)
    return {"scores": scores, "labels": labels}


def hidden_cases():
    rng = random.Random(7)
    return [
        ("medium, rounded to 1 decimal", _case(rng, 5_000, 0.3, decimals=1)),
        ("medium, continuous", _case(rng, 5_000, 0.5)),
        ("large, rare positives, 2 decimals", _case(rng, MAX_N, 0.01, decimals=2)),
        ("large, wide range", _case(rng, 20_000, 0.5, spread=10**6)),
        ("largest, balanced, 3 decimals", _case(rng, MAX_N, 0.5, decimals=3)),
        ("largest, two distinct scores", _case(rng, MAX_N, 0.5, decimals=0)),
        ("largest, continuous (every score distinct)", _case(rng, MAX_N, 0.5)),
    ]


def input_of_size(n, rng):
    return _case(rng, max(2, n), 0.5, decimals=2)


@st.composite
def _small(draw):
    n = draw(st.integers(2, 12))
    labels = draw(st.lists(st.sampled_from([0, 1]), min_size=n, max_size=n).filter(lambda ys: 0 < sum(ys) < len(ys)))
    pool = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]) if draw(st.booleans()) else \
        st.floats(-10**6, 10**6, allow_nan=False)
    scores = draw(st.lists(pool, min_size=n, max_size=n))
    return {"scores": scores, "labels": labels}


def strategy():
    return _small()


def validate(case):
    scores, labels = case["scores"], case["labels"]
    assert 2 <= len(scores) <= MAX_N, f"n = {len(scores)} is out of [2, {MAX_N}]"
    assert len(labels) == len(scores), "scores and labels differ in length"
    assert all(y in (0, 1) for y in labels), "a label is not 0 or 1"
    assert 0 < sum(labels) < len(labels), "one class is missing"
    assert all(-10**6 <= s <= 10**6 for s in scores), "a score is outside [-10^6, 10^6]"
