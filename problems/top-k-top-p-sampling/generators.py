"""LLM-sized vocabularies (10^5 logits) with temperature from 0.005 (scaled logits of
2 * 10^4: the softmax overflows without its shift) to 10, top-k from 1 to V, top-p from
tiny (one token) to 1, tied logits across the top-k cut and inside the nucleus (ties go to
the lower id), a draw u that lands in a low-probability token, and V = 1.

validate() checks the statement's promise: no cumulative probability within 1e-9 of top_p
or of the draw u, so rounding never decides the token. Seeds are searched from a start
value until the promise holds. The largest case is also where picking the top k by k
scans for the maximum (10^10 steps) fails."""

import random

import numpy as np
from hypothesis import strategies as st

MAX_V = 10**5
SIZE = "V = len(logits), with top_k = V"
MARGIN = 1e-9


def _cumulatives(case):
    """The top-p and the draw's cumulative sums, as the reference computes them."""
    z = np.asarray(case["logits"], dtype=float) / case["temperature"]
    order = np.argsort(-z, kind="stable")[:case["top_k"]]
    w = np.exp(z[order] - z[order[0]])
    probs = w / w.sum()
    cumulative = np.cumsum(probs)
    count = min(int(np.searchsorted(cumulative, case["top_p"], side="left")) + 1, len(order))
    left = probs[:count] / probs[:count].sum()
    return cumulative, np.cumsum(left)


def _fair(case):
    cumulative, draw = _cumulatives(case)
    if case["top_p"] < 1.0 and np.any(np.abs(cumulative - case["top_p"]) <= MARGIN):
        return False
    u = np.random.default_rng(case["seed"]).random()
    return not np.any(np.abs(draw - u) <= MARGIN)


def _with_fair_seed(case):
    while not _fair(case):
        case["seed"] += 1
    return case


def _case(rng, v, temperature, top_k, top_p, scale=3.0, decimals=None):
    logits = [max(-100.0, min(100.0, rng.gauss(0, scale))) for _ in range(v)]
    if decimals is not None:
        logits = [round(x, decimals) for x in logits]
    return _with_fair_seed({"logits": logits, "temperature": temperature, "top_k": top_k, "top_p": top_p,
                            "seed": rng.randrange(2**32 - 1000)})


def hidden_cases():
    rng = random.Random(131)
    tied = [5.0] * 10 + [4.0] * 10 + [0.0] * 80
    return [
        ("largest, top_k = V, top_p = 0.95", _case(rng, MAX_V, 1.0, MAX_V, 0.95, scale=4.0)),
        ("largest, top_k = 50, top_p = 0.9, temperature 0.7", _case(rng, MAX_V, 0.7, 50, 0.9)),
        ("largest, temperature 0.005 (scaled logits 2e4)", _case(rng, MAX_V, 0.005, 1000, 0.99, scale=30.0)),
        ("large, temperature 10 (flat), top_p = 1", _case(rng, 50_000, 10.0, 50_000, 1.0, scale=10.0)),
        ("rounded logits with ties, top-k cut inside a tie", _case(rng, 20_000, 1.0, 777, 0.8, scale=2.0, decimals=1)),
        ("ties at the top-k cut", _with_fair_seed({"logits": tied, "temperature": 1.0, "top_k": 15, "top_p": 1.0, "seed": 7})),
        ("ties inside the nucleus", _with_fair_seed({"logits": tied, "temperature": 2.0, "top_k": 100, "top_p": 0.5, "seed": 11})),
        ("tiny top_p keeps one token", _case(rng, 1000, 1.0, 1000, 1e-6)),
        ("top_k = 1 (greedy)", _case(rng, 1000, 1.0, 1, 0.9)),
        ("V = 1", {"logits": [3.5], "temperature": 1.0, "top_k": 1, "top_p": 0.5, "seed": 0}),
        ("a draw in the tail (seed with u near 1)",
         _with_fair_seed({"logits": [rng.gauss(0, 1) for _ in range(64)], "temperature": 1.5, "top_k": 64, "top_p": 1.0, "seed": 4})),
    ]


def input_of_size(n, rng):
    n = max(1, min(n, MAX_V))
    return _case(rng, n, 1.0, n, 0.95)


@st.composite
def _small(draw):
    v = draw(st.integers(1, 8))
    value = st.sampled_from([0.0, 1.0, 1.0, -2.0, 100.0]) | st.floats(-100, 100, allow_nan=False)
    return {"logits": [draw(value) for _ in range(v)],
            "temperature": draw(st.sampled_from([1.0, 0.5, 0.005, 10.0]) | st.floats(0.005, 10)),
            "top_k": draw(st.integers(1, v)),
            "top_p": draw(st.sampled_from([1.0, 0.9, 0.5, 0.1]) | st.floats(0.01, 1.0)),
            "seed": draw(st.integers(0, 2**32 - 1))}


def strategy():
    return _small().filter(_fair)


def validate(case):
    logits = case["logits"]
    assert 1 <= len(logits) <= MAX_V, f"V = {len(logits)} is outside [1, 10^5]"
    assert all(-100 <= x <= 100 for x in logits), "a logit is outside [-100, 100]"
    assert 0.005 <= case["temperature"] <= 10, f"temperature = {case['temperature']} is outside [0.005, 10]"
    assert type(case["top_k"]) is int and 1 <= case["top_k"] <= len(logits), f"top_k = {case['top_k']} is outside [1, V]"
    assert 0 < case["top_p"] <= 1, f"top_p = {case['top_p']} is outside (0, 1]"
    assert type(case["seed"]) is int and 0 <= case["seed"] < 2**32, "seed is outside [0, 2^32)"
    assert _fair(case), "a cumulative probability is within 1e-9 of top_p or of the draw"
