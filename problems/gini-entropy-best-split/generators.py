"""Continuous features, rounded features (long runs of equal values, which must stay on
one side), exact ties between gains (mirror-image label patterns), pure labels (every gain
0), two distinct values, ten classes, n = 2, and the largest input with every value
distinct, where scoring each threshold with a pass over the data is 2.5 * 10^9 steps.

validate() also checks the statement's promise: near the top, any two gains are equal
(within 1e-12) or more than 1e-9 apart, so the tie rule is never a matter of rounding.
n is at most 5 * 10^4: every run decodes each case's JSON inside the submission's CPU time."""

import random

import numpy as np
from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 2, 5 * 10**4)
LABEL = Bound("y[i]", 0, 9)
LIMIT = 10**6
SIZE = "n = len(x), every value distinct"


def _gains(x, y, criterion):
    xs, ys = np.asarray(x, dtype=float), np.asarray(y)
    order = np.argsort(xs, kind="stable")
    xs, ys = xs[order], ys[order]
    onehot = np.eye(int(ys.max()) + 1)[ys]
    left = np.cumsum(onehot, axis=0)[:-1]
    right = onehot.sum(axis=0) - left

    def impurity(counts):
        shares = counts / np.maximum(counts.sum(axis=-1, keepdims=True), 1)
        if criterion == "gini":
            return 1 - np.sum(shares ** 2, axis=-1)
        with np.errstate(divide="ignore", invalid="ignore"):
            return -np.sum(np.where(shares > 0, shares * np.log2(shares), 0.0), axis=-1)

    n = len(xs)
    n_left = np.arange(1, n)
    gains = impurity(onehot.sum(axis=0)) - n_left / n * impurity(left) - (n - n_left) / n * impurity(right)
    return gains[xs[1:] != xs[:-1]]


def _unambiguous(case):
    gains = _gains(case["x"], case["y"], case["criterion"])
    best = gains.max()
    return not np.any((gains > best - 1e-9) & (gains < best - 1e-12))


def _noisy(rng, n, classes, criterion, decimals=None, noise=0.6):
    x, y = [], []
    for _ in range(n):
        label = rng.randrange(classes)
        value = rng.gauss(label * 2.0, 1.0 + noise * classes)
        value = max(-LIMIT, min(LIMIT, value * 1000))
        x.append(round(value, decimals) if decimals is not None else round(value, 6))
        y.append(label)
    return {"x": x, "y": y, "criterion": criterion}


def _mirror(n, criterion):
    """Labels symmetric about the middle: the best split has a mirror image of equal gain."""
    half = [1 if (i * 7) % 5 < 2 else 0 for i in range(n // 2)]
    return {"x": [float(i) for i in range(2 * len(half))], "y": half + half[::-1], "criterion": criterion}


def hidden_cases():
    rng = random.Random(71)
    cases = [
        ("largest, every value distinct, gini", _noisy(rng, N.max, 2, "gini")),
        ("largest, every value distinct, entropy, 10 classes", _noisy(rng, N.max, 10, "entropy")),
        ("largest, rounded to hundreds (long runs of ties), gini", _noisy(rng, N.max, 3, "gini", decimals=-2)),
        ("large, integers, entropy", _noisy(rng, 20_000, 4, "entropy", decimals=-3)),
        ("mirror-image labels (tied gains), gini", _mirror(2000, "gini")),
        ("mirror-image labels (tied gains), entropy", _mirror(1000, "entropy")),
        ("every label the same (all gains 0)", {"x": [rng.uniform(-5, 5) for _ in range(500)], "y": [3] * 500, "criterion": "gini"}),
        ("two distinct values", {"x": [0.0] * 40 + [1.0] * 60, "y": [rng.randrange(2) for _ in range(100)], "criterion": "entropy"}),
        ("a split inside a run of equal values would be better",
         {"x": [1.0] * 50 + [2.0] * 50, "y": [0] * 45 + [1] * 5 + [1] * 50, "criterion": "gini"}),
        ("n = 2", {"x": [5.0, -5.0], "y": [1, 0], "criterion": "entropy"}),
        ("unsorted, negative and positive, 10 classes", _noisy(rng, 3000, 10, "gini")),
        ("class 9 only at the ends", {"x": [float(i) for i in range(30)], "y": [9] * 3 + [0, 1] * 12 + [9] * 3, "criterion": "entropy"}),
    ]
    return cases


def input_of_size(n, rng):
    return _noisy(rng, max(2, min(n, N.max)), 2, "gini")


@st.composite
def _small(draw):
    n = draw(st.integers(2, 10))
    value = st.integers(-3, 3).map(float) | st.floats(-100, 100, allow_nan=False).map(lambda v: round(v, 3))
    x = draw(st.lists(value, min_size=n, max_size=n).filter(lambda xs: len(set(xs)) >= 2))
    y = draw(st.lists(st.integers(0, draw(st.sampled_from([1, 2, 9]))), min_size=n, max_size=n))
    return {"x": x, "y": y, "criterion": draw(st.sampled_from(["gini", "entropy"]))}


def strategy():
    return _small().filter(_unambiguous)


def validate(case):
    x, y = case["x"], case["y"]
    N.check(len(x), "len(x)")
    assert len(y) == len(x), f"y has {len(y)} entries, x {len(x)}"
    assert all(-LIMIT <= v <= LIMIT for v in x), "a value of x is outside [-10^6, 10^6]"
    distinct = sorted(set(x))
    assert len(distinct) >= 2, "x needs at least two distinct values"
    assert min(b - a for a, b in zip(distinct, distinct[1:])) >= 0.9e-6, "two distinct values of x are closer than 1e-6"
    LABEL.check_all(y)
    assert case["criterion"] in ("gini", "entropy"), f"criterion {case['criterion']!r} is not 'gini' or 'entropy'"
    assert _unambiguous(case), "two gains near the top are between 1e-12 and 1e-9 apart (an ambiguous tie)"
