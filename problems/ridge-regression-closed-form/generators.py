"""Random regressions: offset features (the intercept matters), correlated and constant columns, d > n.

n is at most 1000 (about 0.5 MB of JSON a case): the work is O(n d^2 + d^3) for any sound
approach and there is no time_limit/ submission, so a larger n tests nothing more of the
numerics and only slows every run down, because each run decodes the case's JSON inside
the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_N, MAX_D, X_BOUND, Y_BOUND, MIN_ALPHA, MAX_ALPHA = 1000, 50, 10, 10**4, 0.1, 10**4
SIZE = "n * d"


def _clip(value, bound):
    return max(-bound, min(bound, round(value, 6)))


def _case(n, d, alpha, rng, offset=0.0, noise=1.0, correlated=False):
    true_w = [rng.uniform(-5, 5) for _ in range(d)]
    bias = rng.uniform(-100, 100)
    X, y = [], []
    for _ in range(n):
        row = [_clip(offset + rng.gauss(0, 2), X_BOUND) for _ in range(d)]
        if correlated and d > 1:
            row[1] = _clip(row[0] + rng.gauss(0, 0.01), X_BOUND)
        X.append(row)
        y.append(_clip(bias + sum(a * b for a, b in zip(row, true_w)) + rng.gauss(0, noise), Y_BOUND))
    return {"X": X, "y": y, "alpha": alpha}


def hidden_cases():
    rng = random.Random(4)
    cases = []
    for n, d, alpha, offset, noise, correlated in [
            (2, 1, 0.1, 0, 1, False), (5, 2, 1.0, 3, 0.5, False), (10, 3, 10.0, -4, 2, False),
            (20, 5, 0.5, 5, 0, False), (50, 10, 100.0, 0, 5, False), (30, 40, 1.0, 2, 1, False),
            (100, 4, 0.1, 0, 1, True), (500, 20, 1000.0, -2, 10, False), (1000, 2, 10**4, 6, 1, False)]:
        name = f"random n={n}, d={d}, alpha={alpha}{', correlated columns' if correlated else ''}"
        cases.append((name, _case(n, d, alpha, rng, offset, noise, correlated)))
    constant = _case(60, 3, 2.0, rng)
    for row in constant["X"]:
        row[2] = 7.0
    cases.append(("a constant column", constant))
    cases.append(("largest, offset features", _case(MAX_N, MAX_D, 1.0, rng, offset=5.0)))
    cases.append(("largest, small alpha, correlated", _case(MAX_N, MAX_D, MIN_ALPHA, rng, correlated=True)))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 8))
    d = draw(st.integers(1, 3))
    value = st.one_of(st.integers(-X_BOUND, X_BOUND).map(float), st.floats(-X_BOUND, X_BOUND, allow_nan=False))
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    target = st.one_of(st.integers(-100, 100).map(float), st.floats(-Y_BOUND, Y_BOUND, allow_nan=False))
    y = draw(st.lists(target, min_size=n, max_size=n))
    alpha = draw(st.sampled_from([0.1, 0.5, 1.0, 3.0, 100.0]))
    return {"X": X, "y": y, "alpha": alpha}


def strategy():
    return _inputs()


def validate(input):
    X, y, alpha = input["X"], input["y"], input["alpha"]
    n = len(X)
    assert 1 <= n <= MAX_N, f"n = {n} is outside [1, {MAX_N}]"
    d = len(X[0])
    assert 1 <= d <= MAX_D, f"d = {d} is outside [1, {MAX_D}]"
    assert all(len(row) == d for row in X), "X is not rectangular"
    assert all(-X_BOUND <= v <= X_BOUND for row in X for v in row), "a feature is outside [-10, 10]"
    assert len(y) == n, f"{len(y)} targets for {n} rows"
    assert all(-Y_BOUND <= v <= Y_BOUND for v in y), "a target is outside [-10^4, 10^4]"
    assert MIN_ALPHA <= alpha <= MAX_ALPHA, f"alpha = {alpha} is outside [0.1, 10^4]"


def input_of_size(n, rng):
    d = max(1, min(MAX_D, round(n ** 0.5) // 10 or 1))
    return _case(max(1, min(MAX_N, n // d)), d, 1.0, rng)
