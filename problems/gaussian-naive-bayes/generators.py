"""Gaussian clusters per class with very different scales per feature (so the largest
variance, not the first or the mean one, sets epsilon), classes seen once (variance only
epsilon), features constant within a class, test rows far from every class (every
likelihood underflows, only log-space normalisation survives), heavy class imbalance (the
priors decide close calls), one class, var_smoothing from 1e-12 to 1, and the largest sets.

Fitting and predicting are O((n + m * C) * d) for any approach, and a loop over test rows
is only a few times slower than broadcasting at this size, so there is no time_limit/:
each array has at most 5 * 10^4 entries, because every run decodes each case's JSON inside
the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_ELEMENTS = 5 * 10**4
LIMIT = 1000.0
SIZE = "n = m (rows), with d = 10 and C = 5"


def _clip(v):
    return max(-LIMIT, min(LIMIT, v))


def _case(rng, n, m, d, classes, smoothing=1e-9, spread=3.0, weights=None, far=0.0, decimals=None):
    scales = [10 ** rng.uniform(-1, 1.5) for _ in range(d)]
    centres = [[rng.gauss(0, spread) * scales[j] for j in range(d)] for _ in range(classes)]
    widths = [[scales[j] * rng.uniform(0.2, 2) for j in range(d)] for _ in range(classes)]
    weights = weights or [1.0] * classes
    labels = list(range(classes)) + rng.choices(range(classes), weights=weights, k=n - classes)
    rng.shuffle(labels)

    def row(c):
        values = [_clip(rng.gauss(centres[c][j], widths[c][j])) for j in range(d)]
        return [round(v, decimals) for v in values] if decimals is not None else values

    X = [row(c) for c in labels]
    T = [row(rng.randrange(classes)) if rng.random() >= far else
         [_clip(rng.choice([-1, 1]) * rng.uniform(500, LIMIT)) for _ in range(d)] for _ in range(m)]
    return {"X_train": X, "y_train": labels, "X_test": T, "var_smoothing": smoothing}


def hidden_cases():
    rng = random.Random(83)
    once = _case(rng, 40, 200, 3, 4, smoothing=1e-6)
    once["X_train"] += [[rng.uniform(-5, 5) for _ in range(3)] for _ in range(2)]
    once["y_train"] += [4, 5]  # two classes seen once
    constant = _case(rng, 300, 300, 4, 3, smoothing=1e-9, decimals=0)
    for x, y in zip(constant["X_train"], constant["y_train"]):
        x[1] = 7.0 * (y + 1)  # feature 1 is constant within each class
    return [
        ("largest, 10 classes, d = 10", _case(rng, 5000, 5000, 10, 10)),
        ("largest, d = 50, 3 classes, overlapping", _case(rng, 1000, 1000, 50, 3, spread=0.3)),
        ("large, test rows far from every class", _case(rng, 2000, 2000, 5, 4, smoothing=1e-12, far=0.5, spread=0.01)),
        ("imbalanced priors 100:1, overlapping", _case(rng, 3000, 1000, 2, 2, spread=0.05, weights=[100, 1])),
        ("classes seen once", once),
        ("feature constant within each class, integer features", constant),
        ("var_smoothing = 1", _case(rng, 500, 500, 6, 5, smoothing=1.0)),
        ("var_smoothing = 1e-12, tight clusters", _case(rng, 500, 500, 6, 5, smoothing=1e-12, spread=50.0)),
        ("one class", _case(rng, 100, 50, 3, 1)),
        ("one training row per class, one test row", _case(rng, 3, 1, 2, 3, smoothing=1e-3)),
        ("d = 1", _case(rng, 1000, 1000, 1, 6, spread=1.0)),
    ]


def input_of_size(n, rng):
    n = max(5, min(n, MAX_ELEMENTS // 10))
    return _case(rng, n, n, 10, 5)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    classes = draw(st.integers(1, 3))
    n = draw(st.integers(max(classes, 2), 8))
    value = st.integers(-5, 5).map(float) | st.floats(-LIMIT, LIMIT, allow_nan=False)
    X = [[draw(value) for _ in range(d)] for _ in range(n)]
    if all(len({row[j] for row in X}) == 1 for j in range(d)):
        X[1][0] = X[0][0] + 1.0 if X[0][0] < 0 else X[0][0] - 1.0
    labels = list(range(classes)) + [draw(st.integers(0, classes - 1)) for _ in range(n - classes)]
    T = [[draw(value) for _ in range(d)] for _ in range(draw(st.integers(1, 3)))]
    return {"X_train": X, "y_train": labels, "X_test": T,
            "var_smoothing": draw(st.sampled_from([1e-9, 1e-3, 1.0, 1e-12]))}


def strategy():
    return _small()


def _matrix(name, rows):
    assert isinstance(rows, list) and rows and all(isinstance(r, list) and r for r in rows), f"{name} must be 2-D"
    assert len({len(r) for r in rows}) == 1, f"{name} is ragged"
    assert len(rows) * len(rows[0]) <= MAX_ELEMENTS, f"{name} has more than 5 * 10^4 entries"
    assert all(-LIMIT <= v <= LIMIT for r in rows for v in r), f"an entry of {name} is outside [-10^3, 10^3]"
    return len(rows), len(rows[0])


def validate(case):
    n, d = _matrix("X_train", case["X_train"])
    m, d_test = _matrix("X_test", case["X_test"])
    assert 1 <= d <= 50 and d_test == d, f"X_test has {d_test} features, X_train {d} (at most 50)"
    y = case["y_train"]
    assert len(y) == n, f"y_train has {len(y)} labels for {n} rows"
    classes = max(y) + 1
    assert 1 <= classes <= 10 and set(y) == set(range(classes)), "labels must be 0..C-1, each present, C <= 10"
    assert any(len({row[j] for row in case["X_train"]}) > 1 for j in range(d)), "every feature is constant"
    assert 1e-12 <= case["var_smoothing"] <= 1, "var_smoothing is outside [1e-12, 1]"
