"""Random data sets, separable ones, and the largest (n, d, epochs) a per-example loop cannot finish."""

import random

import numpy as np
from hypothesis import strategies as st

MAX_N, MAX_D, MAX_EPOCHS, BOUND, MAX_LR = 2000, 50, 1000, 10, 10.0
SIZE = "epochs * n * d"


def curvature(X):
    """The largest eigenvalue of A^T A / n, A being X with a column of ones (the bias) appended."""
    A = np.hstack([np.asarray(X, dtype=np.float64), np.ones((len(X), 1))])
    return float(np.linalg.eigvalsh(A.T @ A / len(A))[-1])


def stable_lr(X, fraction):
    """A learning rate at `fraction` of the stated bound lr * curvature <= 4, and at most 10."""
    return round(0.999 * fraction * min(MAX_LR, 4 / curvature(X)), 12)


def _case(n, d, epochs, fraction, rng, separable=False, scale=1.0):
    true_w = [rng.gauss(0, 1) for _ in range(d)]
    X, y = [], []
    for _ in range(n):
        row = [max(-BOUND, min(BOUND, round(rng.gauss(0, scale), 6))) for _ in range(d)]
        margin = sum(a * b for a, b in zip(row, true_w)) + 0.3
        label = int(margin > 0) if separable else int(rng.random() < 1 / (1 + np.exp(-margin)))
        X.append(row)
        y.append(label)
    return {"X": X, "y": y, "lr": stable_lr(X, fraction), "epochs": epochs}


def hidden_cases():
    rng = random.Random(7)
    cases = []
    for n, d, epochs, fraction, separable, scale in [
            (5, 1, 1, 0.5, False, 1), (10, 2, 10, 0.5, False, 1), (20, 3, 50, 0.9, True, 1),
            (30, 5, 100, 0.2, False, 3), (50, 4, 200, 1.0, True, 1), (100, 10, 25, 0.7, False, 0.1),
            (200, 20, 300, 0.5, False, 5), (300, 2, 1000, 1.0, True, 1), (500, 50, 100, 0.3, False, 1)]:
        name = f"random n={n}, d={d}, {epochs} epochs{', separable' if separable else ''}"
        cases.append((name, _case(n, d, epochs, fraction, rng, separable, scale)))
    one_class = _case(40, 3, 200, 0.5, rng)
    one_class["y"] = [1] * 40
    cases.append(("every label 1", one_class))
    cases.append(("largest, separable", _case(MAX_N, MAX_D, MAX_EPOCHS, 1.0, rng, True)))
    cases.append(("largest, noisy", _case(MAX_N, MAX_D, MAX_EPOCHS, 0.5, rng)))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 8))
    d = draw(st.integers(1, 3))
    value = st.one_of(st.integers(-BOUND, BOUND).map(float), st.floats(-BOUND, BOUND, allow_nan=False))
    X = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n))
    y = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    fraction = draw(st.sampled_from([1.0, 0.5, 0.1]))
    return {"X": X, "y": y, "lr": stable_lr(X, fraction), "epochs": draw(st.integers(0, 30))}


def strategy():
    return _inputs()


def validate(input):
    X, y, lr, epochs = input["X"], input["y"], input["lr"], input["epochs"]
    n = len(X)
    assert 1 <= n <= MAX_N, f"n = {n} is outside [1, {MAX_N}]"
    d = len(X[0])
    assert 1 <= d <= MAX_D, f"d = {d} is outside [1, {MAX_D}]"
    assert all(len(row) == d for row in X), "X is not rectangular"
    assert all(-BOUND <= v <= BOUND for row in X for v in row), "a feature is outside [-10, 10]"
    assert len(y) == n and all(label in (0, 1) for label in y), "y must hold n labels, each 0 or 1"
    assert 0 < lr <= MAX_LR, f"lr = {lr} is outside (0, 10]"
    assert isinstance(epochs, int) and 0 <= epochs <= MAX_EPOCHS, f"epochs = {epochs} is outside [0, 1000]"
    assert lr * curvature(X) <= 4, f"lr * lambda_max(A^T A / n) = {lr * curvature(X):.3f} > 4"


def input_of_size(n, rng):
    d = max(1, min(MAX_D, round(n ** (1 / 3))))
    rows = max(1, min(MAX_N, round(n ** (1 / 3)) * 4))
    epochs = max(0, min(MAX_EPOCHS, n // (rows * d)))
    return _case(rows, d, epochs, 0.5, rng)
