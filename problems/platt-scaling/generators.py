"""Overlapping classes, perfectly separated classes (raw labels would diverge), one class
missing, scores far from 0 with a small spread (where gradient descent crawls), two
distinct scores only, heavy imbalance, n = 2, and the largest input.

Newton's method is O(n) per iteration and converges in a few dozen, so there is no
time_limit/: n is at most 5 * 10^4 (about 1 MB of JSON a case), because every run decodes
each case's JSON inside the submission's CPU time."""

import math
import random

from hypothesis import strategies as st

from judge.kit import Bound, labelled

N = Bound("n", 2, 5 * 10**4)
LIMIT = 50.0
SIZE = "n = len(scores)"


def _clip(x):
    return max(-LIMIT, min(LIMIT, x))


def _case(rng, n, slope=1.5, offset=0.0, spread=2.0, rate=0.5):
    """Scores from a model whose true calibration is sigmoid(slope * (s - offset))."""
    scores, labels = [], []
    for _ in range(n):
        y = 1 if rng.random() < rate else 0
        s = _clip(offset + rng.gauss(spread / 2 if y else -spread / 2, spread))
        scores.append(s)
        p = 1 / (1 + math.exp(-slope * (s - offset)))
        labels.append(y if rng.random() < 0.5 else (1 if rng.random() < p else 0))
    return {"scores": scores, "labels": labels}


def _separated(rng, n, gap):
    negatives = [rng.uniform(-10, -gap / 2) for _ in range(n // 2)]
    positives = [rng.uniform(gap / 2, 10) for _ in range(n - n // 2)]
    return {"scores": negatives + positives, "labels": [0] * len(negatives) + [1] * len(positives)}


def hidden_cases():
    rng = random.Random(41)
    return [
        ("largest, overlapping classes", _case(rng, N.max)),
        ("largest, rare positives (1%)", _case(rng, N.max, rate=0.01, spread=3.0)),
        ("large, perfectly separated", _separated(rng, 20_000, 1.0)),
        ("large, scores near 40 with spread 0.5", _case(rng, 20_000, slope=4.0, offset=40.0, spread=0.5)),
        ("large, scores near -45, strong slope", _case(rng, 10_000, slope=8.0, offset=-45.0, spread=0.3)),
        ("small, perfectly separated", _separated(rng, 12, 0.5)),
        ("no negatives", {"scores": [rng.uniform(-5, 5) for _ in range(500)], "labels": [1] * 500}),
        ("no positives", {"scores": [rng.uniform(0, 50) for _ in range(300)], "labels": [0] * 300}),
        ("two distinct scores", {"scores": [0.0, 1.0] * 200, "labels": [rng.randint(0, 1) for _ in range(400)]}),
        ("n = 2, reversed", {"scores": [3.0, -3.0], "labels": [0, 1]}),
        ("rounded scores with ties", {"scores": [round(rng.gauss(0, 2), 1) for _ in range(2000)],
                                      "labels": [rng.randint(0, 1) for _ in range(2000)]}),
    ]


def input_of_size(n, rng):
    return _case(rng, max(2, min(n, N.max)))


@st.composite
def _small(draw):
    n = draw(st.integers(2, 10))
    value = st.integers(-5, 5).map(float) | st.floats(-LIMIT, LIMIT, allow_nan=False)
    scores = draw(st.lists(value, min_size=n, max_size=n).filter(lambda xs: len(set(xs)) >= 2 and max(xs) - min(xs) >= 0.1))
    return {"scores": scores, "labels": draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))}


def strategy():
    return _small()


def validate(case):
    labelled.check(case["scores"], case["labels"], N, -LIMIT, LIMIT)
    assert len(set(case["scores"])) >= 2, "the scores need at least two distinct values"
