"""Noisy increasing trends (many short pools), a long increasing run ending in one very low
value (which pools backwards through the whole run: restarting the search for a violation
from the start is then quadratic), strictly decreasing input (one block), already sorted
input (no pooling), ties, weights spread over six orders of magnitude, n = 1.

n is at most 5 * 10^4 (about 2 MB of JSON a case): every run decodes each case's JSON
inside the submission's CPU time."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 5 * 10**4)
LIMIT = 10**4
SIZE = "n = len(y)"


def _weights(rng, n, spread=False):
    return [10 ** rng.uniform(-3, 3) if spread else rng.choice([1.0, 1.0, 2.0, 0.5]) for _ in range(n)]


def _trend(rng, n, noise, spread=False):
    y = [max(-LIMIT, min(LIMIT, -5000 + 10000 * i / n + rng.gauss(0, noise))) for i in range(n)]
    return {"y": y, "weights": _weights(rng, n, spread)}


def _long_run_then_drop(rng, n):
    y = [-LIMIT + 2 * LIMIT * i / n for i in range(n - 1)] + [-float(LIMIT)]
    return {"y": y, "weights": [1.0] * (n - 1) + [1000.0]}


def hidden_cases():
    rng = random.Random(31)
    return [
        ("largest, noisy trend, spread weights", _trend(rng, N.max, 500, spread=True)),
        ("largest, increasing run then one very low heavy value", _long_run_then_drop(rng, N.max)),
        ("largest, strictly decreasing (one block)",
         {"y": [LIMIT - 0.4 * i for i in range(N.max)], "weights": _weights(rng, N.max)}),
        ("large, already non-decreasing (no pooling)",
         {"y": sorted(rng.uniform(-LIMIT, LIMIT) for _ in range(20_000)), "weights": _weights(rng, 20_000, True)}),
        ("large, pure noise", {"y": [rng.gauss(0, 1000) for _ in range(20_000)], "weights": _weights(rng, 20_000)}),
        ("calibration shape: 0/1 labels by rising score",
         {"y": [float(rng.random() < i / 5000) for i in range(5000)], "weights": [1.0] * 5000}),
        ("ties and plateaus", {"y": [float(rng.choice([1, 1, 2, 2, 3])) for _ in range(3000)], "weights": _weights(rng, 3000)}),
        ("saw-tooth", {"y": [float((i % 7) - 3 * (i % 2)) for i in range(5000)], "weights": _weights(rng, 5000, True)}),
        ("n = 1", {"y": [3.5], "weights": [0.25]}),
        ("two, decreasing, unequal weights", {"y": [10.0, 0.0], "weights": [1000.0, 0.001]}),
    ]


def input_of_size(n, rng):
    return _trend(rng, max(1, min(n, N.max)), 500)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    value = st.integers(-5, 5).map(float) if draw(st.booleans()) else st.floats(-LIMIT, LIMIT, allow_nan=False)
    weight = st.sampled_from([1.0, 2.0, 0.5]) | st.floats(1e-3, 1e3, allow_nan=False)
    return {"y": draw(st.lists(value, min_size=n, max_size=n)),
            "weights": draw(st.lists(weight, min_size=n, max_size=n))}


def strategy():
    return _small()


def validate(case):
    y, w = case["y"], case["weights"]
    N.check(len(y), "len(y)")
    assert len(w) == len(y), f"weights has {len(w)} entries, y {len(y)}"
    assert all(-LIMIT <= v <= LIMIT for v in y), "a value of y is outside [-10^4, 10^4]"
    assert all(1e-3 <= v <= 1e3 for v in w), "a weight is outside [10^-3, 10^3]"
