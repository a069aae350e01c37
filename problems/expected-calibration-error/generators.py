"""Rounded probabilities that sit on bin edges (where right-closed and left-closed bins
differ), 0.0 and 1.0 themselves, many empty bins, one bin, the most bins, n = 1, and the
largest input with 1000 bins.

n is at most 5 * 10^4 (about 1 MB of JSON a case): every run decodes each case's JSON
inside the submission's CPU time, and larger inputs would test nothing more. No time_limit/:
even a pure-Python scan of every example for every bin (5 * 10^7 steps) is only about 2 s,
under 10x any fair limit, and a numpy mask per bin is a reasonable answer."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, labelled

N = Bound("n", 1, 5 * 10**4)
BINS = Bound("n_bins", 1, 1000)
SIZE = "n = len(probs), with n_bins = 10"


def _case(rng, n, n_bins, decimals=None, skew=0.0, low=0.0, high=1.0):
    """Labels drawn with probability p + skew (clipped), so the model is a little off."""
    probs, labels = [], []
    for _ in range(n):
        p = rng.uniform(low, high)
        if decimals is not None:
            p = round(p, decimals)
        probs.append(p)
        labels.append(1 if rng.random() < min(1.0, max(0.0, p + skew)) else 0)
    return {"probs": probs, "labels": labels, "n_bins": n_bins}


def hidden_cases():
    rng = random.Random(11)
    edges_10 = [b / 10 for b in range(11)]
    on_edges = [rng.choice(edges_10) for _ in range(2000)]
    return [
        ("largest, 1000 bins, continuous", _case(rng, N.max, BINS.max, skew=0.05)),
        ("largest, 1000 bins, 3 decimals (every value on an edge)", _case(rng, N.max, BINS.max, decimals=3, skew=-0.1)),
        ("largest, 10 bins, 2 decimals", _case(rng, N.max, 10, decimals=2, skew=0.1)),
        ("large, 15 bins, 1 decimal", _case(rng, 20_000, 15, decimals=1, skew=-0.05)),
        ("every probability on an edge of 10 bins",
         {"probs": on_edges, "labels": [1 if rng.random() < 0.5 else 0 for _ in on_edges], "n_bins": 10}),
        ("only 0.0 and 1.0", {"probs": [0.0, 1.0] * 500, "labels": [rng.randint(0, 1) for _ in range(1000)], "n_bins": 5}),
        ("one bin (|mean label - mean prob|)", _case(rng, 5000, 1, decimals=2)),
        ("many empty bins (all probabilities in [0.9, 1])", _case(rng, 3000, 100, low=0.9, skew=-0.3)),
        ("all probabilities 0.5 with 2 bins (left bin)", {"probs": [0.5] * 100, "labels": [1] * 30 + [0] * 70, "n_bins": 2}),
        ("n = 1", {"probs": [0.7], "labels": [0], "n_bins": 10}),
        ("perfectly calibrated bins", {"probs": [0.25] * 4 + [0.75] * 4, "labels": [1, 0, 0, 0, 1, 1, 1, 0], "n_bins": 2}),
        ("more bins than examples", _case(rng, 50, 1000, decimals=3)),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(n, N.max)), 10, decimals=2)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    value = st.sampled_from([0.0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 1.0]) if draw(st.booleans()) \
        else st.floats(0.0, 1.0, allow_nan=False)
    return {"probs": draw(st.lists(value, min_size=n, max_size=n)),
            "labels": draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)),
            "n_bins": draw(st.sampled_from([1, 2, 3, 4, 5, 10, 20]))}


def strategy():
    return _small()


def validate(case):
    labelled.check(case["probs"], case["labels"], N, 0.0, 1.0, "probs")
    BINS.check(case["n_bins"])
