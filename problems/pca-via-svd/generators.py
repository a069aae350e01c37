"""Data with a known spectrum: rotated Gaussian clouds with geometrically spaced scales
(from one dominant direction to a nearly flat spectrum), an offset far from the origin (so
forgetting to centre shows), n < d (rank n - 1 after centring), d = 1, one component, all
the components allowed, and the largest matrices.

An SVD is O(n d min(n, d)) in LAPACK for any candidate, so there is no time_limit/: each
matrix has at most 5 * 10^4 entries, because every run decodes each case's JSON inside the
submission's CPU time. validate() checks what makes the answer unique (the statement's
gaps), which the random spectra below satisfy by construction."""

import random

import numpy as np
from hypothesis import strategies as st

MAX_ELEMENTS = 5 * 10**4
LIMIT = 1000.0
SIZE = "n (rows), with d = 10"


def _rotation(rng, d):
    q, _ = np.linalg.qr(np.array([[rng.gauss(0, 1) for _ in range(d)] for _ in range(d)]))
    return q


def _case(rng, n, d, k, ratio=0.7, offset=0.0, decimals=None):
    scales = [10.0 * ratio ** i for i in range(d)]
    rotation = _rotation(rng, d)
    centre = [rng.uniform(-offset, offset) for _ in range(d)]
    rows = []
    for _ in range(n):
        z = np.array([rng.gauss(0, s) for s in scales]) @ rotation.T
        row = [max(-LIMIT, min(LIMIT, float(v) + c)) for v, c in zip(z, centre)]
        rows.append([round(v, decimals) for v in row] if decimals is not None else row)
    return {"X": rows, "n_components": k}


def _unique(case, gap=1e-4, lead=1e-3):
    X = np.asarray(case["X"], dtype=float)
    k = case["n_components"]
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    power = np.r_[s ** 2, 0.0]
    if power[0] == 0:
        return False
    if np.any(power[:k] - power[1:k + 1] < gap * power[0]):
        return False
    top = np.sort(np.abs(vt[:k]), axis=1)
    return bool(np.all(top[:, -1] - (top[:, -2] if vt.shape[1] > 1 else 0) >= lead))


def hidden_cases():
    rng = random.Random(97)
    candidates = [
        ("largest, 5000 x 10, 3 components", lambda: _case(rng, 5000, 10, 3)),
        ("largest, 1000 x 50, 10 components, flat spectrum", lambda: _case(rng, 1000, 50, 10, ratio=0.93)),
        ("large, far from the origin (centre first)", lambda: _case(rng, 2000, 8, 4, offset=500.0)),
        ("all the components (k = d)", lambda: _case(rng, 500, 6, 6, ratio=0.6)),
        ("fewer rows than features (n < d)", lambda: _case(rng, 12, 40, 5, ratio=0.5)),
        ("one dominant direction", lambda: _case(rng, 800, 20, 1, ratio=0.1)),
        ("d = 1", lambda: _case(rng, 300, 1, 1)),
        ("n = 2", lambda: _case(rng, 2, 5, 1)),
        ("integer data", lambda: _case(rng, 400, 5, 3, ratio=0.5, decimals=0, offset=50.0)),
    ]
    cases = []
    for name, make in candidates:
        case = make()
        while not _unique(case):  # redraw until the components are unique by the stated margins
            case = make()
        cases.append((name, case))
    return cases


def input_of_size(n, rng):
    return _case(rng, max(11, min(n, MAX_ELEMENTS // 10)), 10, 3)


@st.composite
def _small(draw):
    n, d = draw(st.integers(2, 6)), draw(st.integers(1, 3))
    value = st.integers(-9, 9).map(float) | st.floats(-LIMIT, LIMIT, allow_nan=False).map(lambda v: round(v, 2))
    X = [[draw(value) for _ in range(d)] for _ in range(n)]
    return {"X": X, "n_components": draw(st.integers(1, min(n - 1, d)))}


def strategy():
    return _small().filter(_unique)


def validate(case):
    X = case["X"]
    assert isinstance(X, list) and X and all(isinstance(r, list) and r for r in X), "X must be 2-D"
    assert len({len(r) for r in X}) == 1, "X is ragged"
    n, d = len(X), len(X[0])
    assert 2 <= n <= 5000 and 1 <= d <= 50 and n * d <= MAX_ELEMENTS, f"X has shape ({n}, {d})"
    assert all(-LIMIT <= v <= LIMIT for r in X for v in r), "an entry of X is outside [-10^3, 10^3]"
    k = case["n_components"]
    assert type(k) is int and 1 <= k <= min(n - 1, d), f"n_components = {k} is outside [1, min(n - 1, d)]"
    assert _unique(case), "the components are not unique by the stated margins (singular value gap, largest entry)"
