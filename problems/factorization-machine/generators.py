"""The largest dense input (25 examples of 4000 features, k = 8: 8 * 10^6 feature pairs for
the pairwise loop), wide factors (k = 64), a large batch of one-hot fields (binary x, where
forgetting to square x goes unseen) mixed with numeric features, n = 1 (no pairs), and
factors in opposite pairs with features at +-10, where sum_i v_i x_i cancels to 0.

The floats per case (batch * n + n * k + n) are at most 1.5 * 10^5 (about 3 MB of JSON),
because each run decodes the case inside the submission's CPU time."""

import random

from hypothesis import strategies as st

SIZE = "n (features), batch = 4, k = 8"
MAX_BATCH, MAX_N, MAX_K, MAX_FLOATS = 1000, 5000, 64, 150_000
X_LIMIT, W0_LIMIT, W_LIMIT, V_LIMIT = 10.0, 10.0, 1.0, 1.0


def _r(x):
    return round(x, 6)


def _params(rng, n, k, v_scale=0.3):
    return {"w0": _r(rng.uniform(-1, 1)),
            "w": [_r(rng.uniform(-W_LIMIT, W_LIMIT)) for _ in range(n)],
            "v": [[_r(max(-V_LIMIT, min(V_LIMIT, rng.gauss(0, v_scale)))) for _ in range(k)] for _ in range(n)]}


def _dense(rng, batch, n, k, scale=1.0):
    x = [[_r(max(-X_LIMIT, min(X_LIMIT, rng.gauss(0, scale)))) for _ in range(n)] for _ in range(batch)]
    return {"x": x, **_params(rng, n, k)}


def _one_hot(rng, batch, fields, values, numeric, k):
    n = fields * values + numeric
    x = []
    for _ in range(batch):
        row = [0.0] * n
        for f in range(fields):
            row[f * values + rng.randrange(values)] = 1.0
        for j in range(numeric):
            row[fields * values + j] = _r(rng.uniform(-X_LIMIT, X_LIMIT))
        x.append(row)
    return {"x": x, **_params(rng, n, k)}


def _cancelling(rng, batch, n, k):
    """The second half of the factor rows opposite to the first, and the features repeated:
    sum_i v_i x_i is 0, so the whole interaction is -1/2 sum_i v_i^2 x_i^2, large and negative."""
    half = n // 2
    base = [[_r(rng.uniform(-V_LIMIT, V_LIMIT)) for _ in range(k)] for _ in range(half)]
    v = base + [[-a for a in row] for row in base]
    x = []
    for _ in range(batch):
        first = [X_LIMIT * rng.choice([-1.0, 1.0]) for _ in range(half)]
        x.append(first + first)
    return {"x": x, "w0": 0.0, "w": [0.0] * n, "v": v}


def hidden_cases():
    rng = random.Random(31)
    return [
        ("largest, 25 x 4000 dense features, k = 8", _dense(rng, 25, 4000, 8)),
        ("5000 features, 20 examples, k = 4", _dense(rng, 20, 5000, 4, scale=3.0)),
        ("wide factors, k = 64", _dense(rng, 100, 500, 64)),
        ("1000 examples, 10 one-hot fields of 10 values, 5 numeric", _one_hot(rng, 1000, 10, 10, 5, 16)),
        ("one-hot fields only (binary x)", _one_hot(rng, 500, 20, 5, 0, 8)),
        ("opposite factors, features at +-10 (cancellation)", _cancelling(rng, 200, 300, 16)),
        ("one example, 3000 features", _dense(rng, 1, 3000, 32, scale=5.0)),
        ("one feature (no pairs), 1000 examples", _dense(rng, 1000, 1, 5)),
        ("features at the bounds", {"x": [[rng.choice([-10.0, 10.0]) for _ in range(200)] for _ in range(50)],
                                    "w0": -10.0, "w": [rng.choice([-1.0, 1.0]) for _ in range(200)],
                                    "v": [[rng.choice([-1.0, 1.0]) for _ in range(10)] for _ in range(200)]}),
    ]


def input_of_size(n, rng):
    return _dense(rng, 4, max(1, min(n, MAX_N)), 8)


@st.composite
def _small(draw):
    batch, n, k = draw(st.integers(1, 3)), draw(st.integers(1, 5)), draw(st.integers(1, 3))
    value = lambda limit: st.floats(-limit, limit, allow_nan=False, allow_subnormal=False)
    x = [[draw(value(X_LIMIT) | st.sampled_from([0.0, 1.0])) for _ in range(n)] for _ in range(batch)]
    return {"x": x, "w0": draw(value(W0_LIMIT)),
            "w": [draw(value(W_LIMIT)) for _ in range(n)],
            "v": [[draw(value(V_LIMIT)) for _ in range(k)] for _ in range(n)]}


def strategy():
    return _small()


def validate(case):
    x, w0, w, v = case["x"], case["w0"], case["w"], case["v"]
    batch, n = len(x), len(w)
    assert 1 <= batch <= MAX_BATCH, f"batch = {batch} is out of [1, {MAX_BATCH}]"
    assert 1 <= n <= MAX_N, f"n = {n} is out of [1, {MAX_N}]"
    assert all(len(row) == n for row in x), "every row of x must have n = len(w) features"
    k = len(v[0]) if v else 0
    assert len(v) == n and 1 <= k <= MAX_K and all(len(row) == k for row in v), "v must have shape (n, k), 1 <= k <= 64"
    assert batch * n + n * k + n <= MAX_FLOATS, "batch * n + n * k + n must be at most 1.5 * 10^5"
    assert all(abs(a) <= X_LIMIT for row in x for a in row), "an entry of x is beyond 10 in size"
    assert abs(w0) <= W0_LIMIT, "w0 is beyond 10 in size"
    assert all(abs(a) <= W_LIMIT for a in w), "an entry of w is beyond 1 in size"
    assert all(abs(a) <= V_LIMIT for row in v for a in row), "an entry of v is beyond 1 in size"
