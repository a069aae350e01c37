"""Rows with zeros in p only, in q only (infinite divergence), in both, peaked rows, tiny
probabilities down to 10^-300 (where the terms' logarithms are about -690), nearly equal
p and q (the divergence is all cancellation), one outcome, and the largest batch.

The divergence is element-wise work, O(batch * k) for any approach, so there is no
time_limit/: at most 5 * 10^4 entries an array, because every run decodes each case's
JSON inside the submission's CPU time."""

import math
import random

from hypothesis import strategies as st

MAX_ELEMENTS = 5 * 10**4
TINY = 1e-300
SIZE = "batch * k"


def _normalised(weights):
    total = math.fsum(weights)
    return [w / total for w in weights]


def _row(rng, k, zeros=0.0, peak=1.0, tiny=0.0):
    weights = []
    for _ in range(k):
        if rng.random() < zeros:
            weights.append(0.0)
        elif rng.random() < tiny:
            weights.append(10 ** rng.uniform(-290, -200))
        else:
            weights.append(rng.random() ** peak)
    if not any(w > 1e-100 for w in weights):
        weights[rng.randrange(k)] = 1.0
    row = _normalised(weights)
    return [w if w == 0.0 or w >= TINY else 0.0 for w in row]


def _pair(rng, batch, k, p_zeros=0.0, q_zeros=0.0, **kwargs):
    return {"p": [_row(rng, k, p_zeros, **kwargs) for _ in range(batch)],
            "q": [_row(rng, k, q_zeros, **kwargs) for _ in range(batch)]}


def hidden_cases():
    rng = random.Random(61)
    near_p = [_row(rng, 50) for _ in range(100)]
    near_q = [_normalised([x * (1 + rng.uniform(-1e-9, 1e-9)) for x in row]) for row in near_p]
    zeros_p = _pair(rng, 200, 100, p_zeros=0.5)
    shared = [[0.0 if rng.random() < 0.3 else x for x in _row(rng, 20)] for _ in range(100)]
    shared = [_normalised(row) if any(row) else [1.0] + [0.0] * 19 for row in shared]
    return [
        ("largest, dense rows", _pair(rng, 50, 1000)),
        ("largest, zeros in p and in q (many infinite rows)", _pair(rng, 500, 100, p_zeros=0.2, q_zeros=0.02)),
        ("zeros in p only", {"p": zeros_p["p"], "q": zeros_p["q"]}),
        ("zeros shared by p and q", {"p": shared, "q": [list(row) for row in shared]}),
        ("peaked rows with tiny probabilities", _pair(rng, 100, 100, peak=8.0, tiny=0.3)),
        ("nearly equal p and q", {"p": near_p, "q": near_q}),
        ("identical rows", {"p": near_p[:10], "q": [list(r) for r in near_p[:10]]}),
        ("one outcome", {"p": [[1.0]] * 5, "q": [[1.0]] * 5}),
        ("point masses", {"p": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], "q": [[TINY, 0.5, 0.5 - TINY], [0.0, 1.0, 0.0]]}),
        ("one long row", _pair(rng, 1, 1000, p_zeros=0.1)),
    ]


def input_of_size(n, rng):
    k = 100
    return _pair(rng, max(1, min(n, MAX_ELEMENTS) // k), k)


@st.composite
def _small(draw):
    batch, k = draw(st.integers(1, 3)), draw(st.integers(1, 4))
    weight = st.sampled_from([0.0, 1.0, 2.0, 1e-250]) | st.floats(0.0, 1.0)

    def row():
        weights = draw(st.lists(weight, min_size=k, max_size=k).filter(lambda ws: max(ws) > 1e-100))
        normalised = _normalised(weights)
        return [w if w == 0.0 or w >= TINY else 0.0 for w in normalised]

    return {"p": [row() for _ in range(batch)], "q": [row() for _ in range(batch)]}


def strategy():
    return _small()


def validate(case):
    p, q = case["p"], case["q"]
    for name, rows in (("p", p), ("q", q)):
        assert isinstance(rows, list) and rows and all(isinstance(r, list) and r for r in rows), f"{name} must be 2-D"
        assert len({len(r) for r in rows}) == 1, f"{name} is ragged"
        assert all(x == 0.0 or TINY <= x <= 1.0 for r in rows for x in r), f"an entry of {name} is not 0 or in [1e-300, 1]"
        assert all(abs(math.fsum(r) - 1.0) <= 1e-9 for r in rows), f"a row of {name} does not sum to 1"
    assert len(p) == len(q) and len(p[0]) == len(q[0]), "p and q differ in shape"
    assert len(p) <= 1000 and len(p[0]) <= 1000 and len(p) * len(p[0]) <= MAX_ELEMENTS, "shape too large"
