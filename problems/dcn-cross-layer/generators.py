"""A large batch (1000 x 100), wide embeddings (d = 1000), deep stacks (8 layers), one layer,
d = 1, zero weights (each layer then only adds its bias), and weights at their bounds on a
small d. Weights are mostly drawn at scale 1/sqrt(d), as an initialiser would, which keeps
the layers' outputs moderate; validate() checks that every intermediate x_l stays within
10^3, which the statement promises.

The floats per case (batch * d + 2 * L * d) are at most 1.2 * 10^5 (about 2.5 MB of JSON),
because each run decodes the case inside the submission's CPU time. Any approach that
avoids the d x d outer product is O(L * batch * d); building it runs out of memory before
it runs out of time, so there is no time_limit/ folder."""

import math
import random

import numpy as np
from hypothesis import strategies as st

SIZE = "batch * d, d = 64, L = 3"
MAX_BATCH, MAX_D, MAX_L, MAX_FLOATS, MAX_INTERMEDIATE = 1000, 1000, 8, 120_000, 1000.0


def _r(x):
    return round(x, 6)


def _case(rng, batch, d, layers, w_scale=None, b_scale=0.1):
    w_scale = 1 / math.sqrt(d) if w_scale is None else w_scale
    clip = lambda x: max(-1.0, min(1.0, x))
    return {"x0": [[_r(rng.uniform(-1, 1)) for _ in range(d)] for _ in range(batch)],
            "weights": [[_r(clip(rng.gauss(0, w_scale))) for _ in range(d)] for _ in range(layers)],
            "biases": [[_r(clip(rng.gauss(0, b_scale))) for _ in range(d)] for _ in range(layers)]}


def hidden_cases():
    rng = random.Random(37)
    zero_weights = _case(rng, 50, 20, 4)
    zero_weights["weights"] = [[0.0] * 20 for _ in range(4)]
    return [
        ("largest batch, 1000 x 100, 3 layers", _case(rng, 1000, 100, 3)),
        ("wide, d = 1000, 100 examples, 6 layers", _case(rng, 100, 1000, 6)),
        ("deep, 8 layers, d = 64", _case(rng, 500, 64, 8)),
        ("one layer, d = 300", _case(rng, 200, 300, 1)),
        ("d = 1, 8 layers", _case(rng, 300, 1, 8, w_scale=0.5)),
        ("zero weights: only the biases add up", zero_weights),
        ("weights at +-1, d = 4, 3 layers",
         {"x0": [[rng.choice([-1.0, 1.0]) for _ in range(4)] for _ in range(30)],
          "weights": [[rng.choice([-1.0, 1.0]) for _ in range(4)] for _ in range(3)],
          "biases": [[rng.choice([-1.0, 1.0]) for _ in range(4)] for _ in range(3)]}),
        ("one example, d = 1000, 8 layers", _case(rng, 1, 1000, 8)),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(MAX_BATCH, n // 64)), 64, 3)


@st.composite
def _small(draw):
    batch, d, layers = draw(st.integers(1, 3)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    value = st.floats(-1, 1, allow_nan=False, allow_subnormal=False)
    matrix = lambda rows: [[draw(value) for _ in range(d)] for _ in range(rows)]
    return {"x0": matrix(batch), "weights": matrix(layers), "biases": matrix(layers)}


def strategy():
    return _small()


def validate(case):
    x0, weights, biases = case["x0"], case["weights"], case["biases"]
    batch, layers = len(x0), len(weights)
    assert 1 <= batch <= MAX_BATCH, f"batch = {batch} is out of [1, {MAX_BATCH}]"
    assert 1 <= layers <= MAX_L, f"L = {layers} is out of [1, {MAX_L}]"
    d = len(x0[0])
    assert 1 <= d <= MAX_D, f"d = {d} is out of [1, {MAX_D}]"
    assert len(biases) == layers, "weights and biases must have the same number of layers"
    assert all(len(row) == d for row in x0 + weights + biases), "every row must have d entries"
    assert batch * d + 2 * layers * d <= MAX_FLOATS, "batch * d + 2 * L * d must be at most 1.2 * 10^5"
    assert all(abs(a) <= 1 for row in x0 + weights + biases for a in row), "an entry is beyond 1 in size"
    first = np.asarray(x0, dtype=float)
    x = first
    for w, b in zip(np.asarray(weights, dtype=float), np.asarray(biases, dtype=float)):
        x = first * (x @ w)[:, None] + b + x
        assert np.abs(x).max() <= MAX_INTERMEDIATE, "an intermediate x_l is beyond 10^3 in size"
