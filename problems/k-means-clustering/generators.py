"""Gaussian blobs from poor starts, integer grids with exact ties, empty clusters, tight clusters far
from the origin (a centroid's last move is below np.allclose's default tolerance), and the largest inputs.

validate() replays the algorithm and rejects near-ties: a point whose two nearest centroids
are within a relative 1e-9 of each other, unless the tie is exact and every coordinate
involved is an integer (then any correct float computation sees the same tie).
"""

import random

import numpy as np
from hypothesis import strategies as st

MAX_N, MAX_D, MAX_K, MAX_ITERS, BOUND = 5000, 8, 16, 100, 1000
SIZE = "max_iters * n * k * d, with k = 2, d = 1, max_iters = 1"


def _integral(values):
    return bool(np.all(values == np.round(values)))


def near_tie(X, centroids, max_iters):
    """A description of the first near-tie the algorithm meets, or ''."""
    X = np.asarray(X, dtype=np.float64)
    C = np.array(centroids, dtype=np.float64)
    labels = None
    for step in range(max_iters + 1):
        d2 = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
        if len(C) > 1:
            order = np.argsort(d2, axis=1, kind="stable")
            rows = np.arange(len(X))
            first, second = order[:, 0], order[:, 1]
            gap = d2[rows, second] - d2[rows, first]
            scale = (X ** 2).sum(1) + (C[first] ** 2).sum(1) + (C[second] ** 2).sum(1)
            for i in np.flatnonzero(gap <= 1e-9 * scale):
                exact = gap[i] == 0 and _integral(X[i]) and _integral(C[first[i]]) and _integral(C[second[i]])
                if not exact:
                    return f"step {step}: point {i} is almost equally close to centroids {first[i]} and {second[i]}"
        new_labels = d2.argmin(axis=1)
        if labels is not None and np.array_equal(new_labels, labels):
            return ""
        labels = new_labels
        if step == max_iters:
            return ""
        for j in range(len(C)):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(axis=0)
    return ""


def _blobs(n, d, k, rng, spread=1.0, scale=100.0):
    centres = [[rng.uniform(-scale, scale) for _ in range(d)] for _ in range(k)]
    X = [[round(min(BOUND, max(-BOUND, c + rng.gauss(0, spread * scale / 10))), 6) for c in rng.choice(centres)]
         for _ in range(n)]
    return X


def _case(X, k, max_iters, rng, start="sample"):
    if start == "sample":
        C = [list(row) for row in rng.sample(X, k)]
    else:  # every centroid starts among the first points along the first axis: a slow start
        C = [list(row) for row in sorted(X)[:k]]
    return {"X": X, "centroids": C, "max_iters": max_iters}


def _tight_far_clusters(n, d, k, rng):
    """Clusters 0.004 wide with every coordinate 600 to 990 from 0, each centroid starting 0.003 off
    its cluster's centre: the first update moves it by about 5e-6 of its size, under np.allclose's
    default rtol of 1e-5 but over the comparison's 1e-6."""
    centres = [[round(rng.choice((-1, 1)) * rng.uniform(600, 990), 2) for _ in range(d)] for _ in range(k)]
    X = [[round(c + rng.uniform(-0.002, 0.002), 6) for c in centres[i % k]] for i in range(n)]
    return {"X": X, "centroids": [[c + 0.003 for c in centre] for centre in centres], "max_iters": 20}


def hidden_cases():
    rng = random.Random(9)
    cases = []
    for n, d, k, iters, spread, start in [
            (10, 1, 2, 10, 1, "sample"), (20, 2, 3, 1, 1, "sample"), (30, 2, 4, 2, 3, "corner"),
            (50, 3, 5, 100, 2, "sample"), (80, 2, 8, 3, 5, "corner"), (200, 4, 6, 100, 1, "corner"),
            (500, 8, 10, 5, 4, "sample"), (1000, 2, 16, 100, 8, "corner")]:
        name = f"blobs n={n}, d={d}, k={k}, max_iters={iters}, {start} start"
        cases.append((name, _case(_blobs(n, d, k, rng, spread), k, iters, rng, start)))
    grid = [[float(rng.randint(-5, 5)), float(rng.randint(-5, 5))] for _ in range(60)]
    cases.append(("integer grid with ties", {"X": grid, "centroids": [[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [-2.0, -2.0]],
                                             "max_iters": 1}))
    far = _blobs(300, 3, 3, rng)
    cases.append(("a centroid no point ever picks", {"X": far, "centroids": [list(far[0]), [999.0, 999.0, 999.0],
                                                                            list(far[1])], "max_iters": 50}))
    cases.append(("largest, slow start", _case(_blobs(MAX_N, MAX_D, MAX_K, rng, 6), MAX_K, MAX_ITERS, rng, "corner")))
    cases.append(("largest, random start", _case(_blobs(MAX_N, MAX_D, MAX_K, rng, 10), MAX_K, MAX_ITERS, rng)))
    cases.append(("tight clusters far from the origin, last move tiny",
                  _tight_far_clusters(2000, 4, 8, random.Random(3))))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    d = draw(st.integers(1, 2))
    k = draw(st.integers(1, 4))
    coordinate = draw(st.sampled_from([st.integers(-6, 6).map(float),
                                       st.floats(-BOUND, BOUND, allow_nan=False).map(lambda v: round(v, 3))]))
    X = draw(st.lists(st.lists(coordinate, min_size=d, max_size=d), min_size=n, max_size=n))
    # Start from data points (duplicates included) or from anywhere.
    start = st.one_of(st.sampled_from(X).map(list), st.lists(coordinate, min_size=d, max_size=d))
    centroids = draw(st.lists(start, min_size=k, max_size=k))
    return {"X": X, "centroids": centroids, "max_iters": draw(st.integers(0, 6))}


def strategy():
    return _inputs().filter(lambda case: not near_tie(case["X"], case["centroids"], case["max_iters"]))


def validate(input):
    X, C, max_iters = input["X"], input["centroids"], input["max_iters"]
    n, k = len(X), len(C)
    assert 1 <= n <= MAX_N, f"n = {n} is outside [1, {MAX_N}]"
    assert 1 <= k <= MAX_K, f"k = {k} is outside [1, {MAX_K}]"
    d = len(X[0])
    assert 1 <= d <= MAX_D, f"d = {d} is outside [1, {MAX_D}]"
    assert all(len(row) == d for row in X + C), "X and centroids must be rectangular with the same d"
    assert all(-BOUND <= v <= BOUND for row in X + C for v in row), "a coordinate is outside [-1000, 1000]"
    assert isinstance(max_iters, int) and 0 <= max_iters <= MAX_ITERS, f"max_iters = {max_iters} is outside [0, 100]"
    problem = near_tie(X, C, max_iters)
    assert not problem, problem


def input_of_size(n, rng):
    # k, d and max_iters stay small and fixed, so the points are the input: one update step
    # (a run that converges early would make the work depend on luck, not on n).
    k, d, max_iters = 2, 1, 1
    return _case(_blobs(max(k, n // (k * d * max_iters)), d, k, rng), k, max_iters, rng)
