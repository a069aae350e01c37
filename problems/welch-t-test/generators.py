"""Samples from n = 2 (nu down to 1, critical values in the hundreds) to the largest
(nu near 10^5), very unequal variances and sizes (where nu is far from n_a + n_b - 2),
one constant sample, huge effects (p-values far below 10^-12, down to underflow), no effect
(p near 1), values near 1000 with a spread of 10^-2, integer
metrics with ties, and confidence from 0.5 to 0.999.

The test is O(n) for any approach (the t distribution costs the same for any n), so there
is no time_limit/: each sample has at most 5 * 10^4 values, because every run decodes each
case's JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

N = 5 * 10**4
LIMIT = 1e9
SIZE = "n_a = n_b"


def _sample(rng, n, mean, sd, decimals=None):
    values = [max(-LIMIT, min(LIMIT, rng.gauss(mean, sd))) for _ in range(n)]
    return [round(v, decimals) for v in values] if decimals is not None else values


def hidden_cases():
    rng = random.Random(101)
    return [
        ("largest, small effect", {"a": _sample(rng, N, 10.05, 3.0), "b": _sample(rng, N, 10.0, 3.0), "confidence": 0.95}),
        ("largest, unequal sizes and variances",
         {"a": _sample(rng, 500, 5.0, 40.0), "b": _sample(rng, N, 4.0, 0.5), "confidence": 0.99}),
        ("large, huge effect (p underflows)", {"a": _sample(rng, 20_000, 1.0, 1.0), "b": _sample(rng, 20_000, 0.0, 1.0), "confidence": 0.95}),
        ("large, strong effect (p about 1e-20)", {"a": _sample(rng, 3000, 0.3, 1.0), "b": _sample(rng, 3000, 0.0, 1.0), "confidence": 0.9}),
        ("values near 1000 with spread 1e-2",
         {"a": _sample(rng, 5000, 1e3 + 0.001, 0.01), "b": _sample(rng, 5000, 1e3, 0.02), "confidence": 0.95}),
        ("two values each (nu about 1)", {"a": [0.0, 10.0], "b": [4.0, 4.5], "confidence": 0.999}),
        ("n = 2 against many, wide interval", {"a": [3.0, 9.0], "b": _sample(rng, 1000, 4.0, 1.0), "confidence": 0.99}),
        ("one constant sample", {"a": [7.0] * 50, "b": _sample(rng, 40, 6.0, 2.0), "confidence": 0.95}),
        ("no effect (p near 1)", {"a": [1.0, 2.0, 3.0, 4.0], "b": [2.0, 3.0, 1.0, 4.0, 2.5, 2.5], "confidence": 0.8}),
        ("integer metric with ties", {"a": [float(rng.randint(0, 5)) for _ in range(400)],
                                      "b": [float(rng.randint(0, 4)) for _ in range(300)], "confidence": 0.95}),
        ("confidence 0.5", {"a": _sample(rng, 30, 2.0, 1.0), "b": _sample(rng, 20, 1.5, 3.0), "confidence": 0.5}),
        ("negative effect, billions", {"a": _sample(rng, 100, -5e8, 1e8), "b": _sample(rng, 80, 2e8, 3e8), "confidence": 0.999}),
    ]


def input_of_size(n, rng):
    n = max(2, min(n, N))
    return {"a": _sample(rng, n, 1.0, 1.0), "b": _sample(rng, n, 1.1, 2.0), "confidence": 0.95}


@st.composite
def _small(draw):
    value = st.integers(-5, 5).map(float) | st.floats(-100, 100, allow_nan=False).map(lambda v: round(v, 1))
    a = draw(st.lists(value, min_size=2, max_size=6))
    b = draw(st.lists(value, min_size=2, max_size=6))
    if len(set(a)) == 1 and len(set(b)) == 1:
        b[0] = b[0] + 1.0
    return {"a": a, "b": b, "confidence": draw(st.sampled_from([0.95, 0.9, 0.99, 0.5, 0.999]))}


def strategy():
    return _small()


def validate(case):
    for name in ("a", "b"):
        values = case[name]
        assert 2 <= len(values) <= N, f"{name} has {len(values)} values, outside [2, 5 * 10^4]"
        assert all(-LIMIT <= v <= LIMIT for v in values), f"a value of {name} is outside [-10^9, 10^9]"
    assert len(set(case["a"])) > 1 or len(set(case["b"])) > 1, "a and b are both constant"
    assert 0.5 <= case["confidence"] <= 0.999, f"confidence = {case['confidence']} is outside [0.5, 0.999]"
