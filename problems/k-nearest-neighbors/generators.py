"""Clustered integer data (many distance ties), even k (vote ties), and the largest inputs."""

import random

from hypothesis import strategies as st

MAX_N, MAX_M, MAX_D, BOUND, MAX_LABEL = 5000, 500, 8, 100, 100
SIZE = "m * n * d (queries times training points times features)"


def _point(centre, spread, rng):
    return [float(max(-BOUND, min(BOUND, c + rng.randint(-spread, spread)))) for c in centre]


def _case(n, m, d, k, classes, spread, rng):
    """Each class has a centre; points scatter around it by up to `spread` per coordinate."""
    labels = rng.sample(range(MAX_LABEL + 1), classes)
    centres = {label: [rng.randint(-BOUND // 2, BOUND // 2) for _ in range(d)] for label in labels}
    y_train = [rng.choice(labels) for _ in range(n)]
    X_train = [_point(centres[label], spread, rng) for label in y_train]
    X_test = [_point(centres[rng.choice(labels)], spread, rng) for _ in range(m)]
    return {"X_train": X_train, "y_train": y_train, "X_test": X_test, "k": k}


def _grid(n, m, d, k, classes, side, rng):
    """Coordinates in a tiny range, so distances tie all the time."""
    labels = rng.sample(range(MAX_LABEL + 1), classes)
    coordinate = lambda: float(rng.randint(-side, side))  # noqa: E731
    return {"X_train": [[coordinate() for _ in range(d)] for _ in range(n)],
            "y_train": [rng.choice(labels) for _ in range(n)],
            "X_test": [[coordinate() for _ in range(d)] for _ in range(m)], "k": k}


def hidden_cases():
    rng = random.Random(13)
    cases = []
    for n, m, d, k, classes, spread in [(5, 3, 1, 1, 2, 3), (10, 5, 2, 3, 2, 20), (20, 10, 2, 4, 3, 30),
                                        (50, 20, 3, 5, 4, 40), (100, 50, 4, 6, 5, 60), (300, 100, 8, 15, 10, 50)]:
        cases.append((f"clusters n={n}, m={m}, d={d}, k={k}", _case(n, m, d, k, classes, spread, rng)))
    for n, m, d, k, classes, side in [(12, 8, 1, 4, 2, 2), (40, 30, 2, 6, 3, 1), (200, 100, 2, 10, 4, 2),
                                      (1000, 200, 3, 20, 3, 1)]:
        cases.append((f"tiny grid n={n}, m={m}, k={k} (many ties)", _grid(n, m, d, k, classes, side, rng)))
    cases.append(("largest, clusters", _case(MAX_N, MAX_M, MAX_D, 25, 20, 60, rng)))
    cases.append(("largest, ties everywhere", _grid(MAX_N, MAX_M, MAX_D, 50, 5, 1, rng)))
    cases.append(("largest, k = n", _case(MAX_N, MAX_M, MAX_D, MAX_N, 7, 80, rng)))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    m = draw(st.integers(1, 4))
    d = draw(st.integers(1, 2))
    side = draw(st.sampled_from([1, 3, BOUND]))
    point = st.lists(st.integers(-side, side).map(float), min_size=d, max_size=d)
    return {"X_train": draw(st.lists(point, min_size=n, max_size=n)),
            "y_train": draw(st.lists(st.sampled_from([0, 1, 2, 7, MAX_LABEL]), min_size=n, max_size=n)),
            "X_test": draw(st.lists(point, min_size=m, max_size=m)),
            "k": draw(st.integers(1, n))}


def strategy():
    return _inputs()


def validate(input):
    X_train, y_train, X_test, k = input["X_train"], input["y_train"], input["X_test"], input["k"]
    n, m = len(X_train), len(X_test)
    assert 1 <= n <= MAX_N, f"n = {n} is outside [1, {MAX_N}]"
    assert 1 <= m <= MAX_M, f"m = {m} is outside [1, {MAX_M}]"
    d = len(X_train[0])
    assert 1 <= d <= MAX_D, f"d = {d} is outside [1, {MAX_D}]"
    assert all(len(row) == d for row in X_train + X_test), "every point must have d coordinates"
    assert all(v == int(v) and -BOUND <= v <= BOUND for row in X_train + X_test for v in row), \
        "a coordinate is not an integer in [-100, 100]"
    assert len(y_train) == n, f"{len(y_train)} labels for {n} training points"
    assert all(isinstance(v, int) and 0 <= v <= MAX_LABEL for v in y_train), "a label is outside [0, 100]"
    assert isinstance(k, int) and 1 <= k <= n, f"k = {k} is outside [1, n]"


def input_of_size(n, rng):
    m = max(1, min(MAX_M, round((n / MAX_D) ** 0.5 / 3)))
    rows = max(1, min(MAX_N, n // (m * MAX_D)))
    return _case(rows, m, MAX_D, min(rows, 5), 3, 40, rng)
