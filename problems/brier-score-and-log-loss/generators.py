"""Confident mistakes (exact 0.0 for a positive, 1.0 for a negative) where the clipping
epsilon decides the answer, confident hits, probabilities a hair from 0 and 1 (1e-17 is
clipped, 1e-10 is not), n = 1, one class only, and the largest input.

Both scores are O(n) for any approach, so there is no time_limit/: n is at most 5 * 10^4
(about 1 MB of JSON a case), because every run decodes each case's JSON inside the
submission's CPU time."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, labelled

N = Bound("n", 1, 5 * 10**4)
SIZE = "n = len(probs)"


def _case(rng, n, skew=0.0, extremes=0.0):
    probs, labels = [], []
    for _ in range(n):
        p = rng.random()
        if rng.random() < extremes:
            p = rng.choice([0.0, 1.0, 1e-17, 1 - 1e-17, 1e-10, 1 - 1e-10, 5e-324])
        probs.append(p)
        labels.append(1 if rng.random() < min(1.0, max(0.0, p + skew)) else 0)
    return {"probs": probs, "labels": labels}


def hidden_cases():
    rng = random.Random(23)
    certain_mistakes = {"probs": [0.0] * 3 + [1.0] * 2 + [0.5] * 5, "labels": [1] * 3 + [0] * 2 + [0, 1] * 2 + [1]}
    return [
        ("largest, continuous", _case(rng, N.max, skew=0.05)),
        ("largest, 1% at 0, 1 or a hair from them", _case(rng, N.max, skew=-0.1, extremes=0.01)),
        ("large, half at the extremes", _case(rng, 20_000, extremes=0.5)),
        ("confident mistakes only", {"probs": [0.0, 1.0, 0.0], "labels": [1, 0, 1]}),
        ("confident hits only (loss near 0)", {"probs": [1.0, 0.0, 1.0, 0.0], "labels": [1, 0, 1, 0]}),
        ("a few certain mistakes among coin flips", certain_mistakes),
        ("below the clip (1e-17) and above it (1e-10)", {"probs": [1e-17, 1e-10, 1 - 1e-10, 1e-300], "labels": [1, 1, 0, 1]}),
        ("n = 1, negative at 0.3", {"probs": [0.3], "labels": [0]}),
        ("all positives", {"probs": [rng.random() for _ in range(1000)], "labels": [1] * 1000}),
        ("all negatives, rounded", {"probs": [round(rng.random(), 1) for _ in range(1000)], "labels": [0] * 1000}),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(n, N.max)))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    value = st.sampled_from([0.0, 1.0, 0.5, 1e-17, 1e-10, 0.999]) | st.floats(0.0, 1.0, allow_nan=False)
    return {"probs": draw(st.lists(value, min_size=n, max_size=n)),
            "labels": draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))}


def strategy():
    return _small()


def validate(case):
    labelled.check(case["probs"], case["labels"], N, 0.0, 1.0, "probs")
