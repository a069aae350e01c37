"""In-batch batches drawn from a popularity-skewed catalogue, so popular items appear several
times in a batch (accidental hits) and their sampling probabilities span 1e-6 to 0.5 (the
logQ correction moves the logits by up to 14); sharp temperatures (T = 0.01, logits in the
thousands: a softmax without the maximum subtracted overflows) and flat ones (T = 10);
a batch of one (only the positive: loss 0), a batch where every row is the same item, and
aligned towers where the positive dominates.

Floats per case (2 * B * d + B) are at most 1.3 * 10^5 (about 2.7 MB of JSON), because each
run decodes the case inside the submission's CPU time. Any approach costs O(B^2 d), a
matrix product, so there is no time_limit/ folder."""

import math
import random

from hypothesis import strategies as st

SIZE = "B (batch), d = 16"
MAX_B, MAX_D, MAX_FLOATS = 1000, 128, 130_000
MIN_T, MAX_T, MIN_Q = 0.01, 10.0, 1e-9


def _r(x):
    return round(max(-1.0, min(1.0, x)), 6)


def _unit(rng, d):
    v = [rng.gauss(0, 1) for _ in range(d)]
    norm = math.sqrt(sum(a * a for a in v)) or 1.0
    return [_r(a / norm) for a in v]


def _case(rng, batch, d, temperature, catalogue=5000, skew=1.1, align=0.5, unit=True):
    draw = (lambda: _unit(rng, d)) if unit else (lambda: [_r(rng.uniform(-1, 1)) for _ in range(d)])
    weights = [1 / (rank + 1) ** skew for rank in range(catalogue)]
    total = sum(weights)
    ids = rng.choices(range(catalogue), weights=weights, k=batch)
    item_vectors = {}
    items, queries = [], []
    for item in ids:
        if item not in item_vectors:
            item_vectors[item] = draw()
        v = item_vectors[item]
        items.append(v)
        noise = draw()
        queries.append([_r(align * a + (1 - align) * b) for a, b in zip(v, noise)])
    probs = [max(MIN_Q, round(weights[item] / total, 12)) for item in ids]
    return {"query_emb": queries, "item_emb": items, "item_ids": ids, "item_probs": probs,
            "temperature": temperature}


def hidden_cases():
    rng = random.Random(43)
    same_item = _case(rng, 50, 8, 0.1)
    same_item["item_ids"] = [7] * 50
    same_item["item_emb"] = [same_item["item_emb"][0]] * 50
    same_item["item_probs"] = [0.5] * 50
    return [
        ("largest, B = 1000, d = 64, T = 0.05", _case(rng, 1000, 64, 0.05)),
        ("B = 500, d = 128, T = 1", _case(rng, 500, 128, 1.0)),
        ("sharp, T = 0.01: logits up to 100", _case(rng, 400, 32, 0.01, align=0.1)),
        ("sharp, T = 0.01, unnormalised embeddings: logits in the thousands",
         _case(rng, 300, 64, 0.01, align=0.15, unit=False)),
        ("flat, T = 10", _case(rng, 300, 16, 10.0)),
        ("heavy skew: a few items fill the batch", _case(rng, 600, 16, 0.1, catalogue=50, skew=2.0)),
        ("long tail, sampling probabilities down to 1e-6", _case(rng, 300, 16, 0.2, catalogue=200_000, skew=1.0)),
        ("every row the same item: only positives", same_item),
        ("a batch of one", _case(rng, 1, 8, 0.05)),
        ("d = 1", _case(rng, 200, 1, 0.5, catalogue=30)),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(MAX_B, n)), 16, 0.1)


@st.composite
def _small(draw):
    batch, d = draw(st.integers(1, 4)), draw(st.integers(1, 3))
    value = st.floats(-1, 1, allow_nan=False, allow_subnormal=False)
    ids = draw(st.lists(st.integers(0, 3), min_size=batch, max_size=batch))
    vector_of = {item: [draw(value) for _ in range(d)] for item in sorted(set(ids))}
    prob_of = {item: draw(st.floats(MIN_Q, 1.0) | st.sampled_from([1.0, 1e-9, 0.5])) for item in sorted(set(ids))}
    return {"query_emb": [[draw(value) for _ in range(d)] for _ in range(batch)],
            "item_emb": [vector_of[item] for item in ids], "item_ids": ids,
            "item_probs": [prob_of[item] for item in ids],
            "temperature": draw(st.sampled_from([MIN_T, 0.1, 1.0, MAX_T]) | st.floats(MIN_T, MAX_T))}


def strategy():
    return _small()


def validate(case):
    u, v, ids, probs, t = (case[k] for k in ("query_emb", "item_emb", "item_ids", "item_probs", "temperature"))
    batch = len(u)
    assert 1 <= batch <= MAX_B, f"B = {batch} is out of [1, {MAX_B}]"
    d = len(u[0])
    assert 1 <= d <= MAX_D, f"d = {d} is out of [1, {MAX_D}]"
    assert len(v) == batch and len(ids) == batch and len(probs) == batch, "every input must have B rows"
    assert all(len(row) == d for row in u + v), "every embedding must have d entries"
    assert 2 * batch * d + batch <= MAX_FLOATS, "2 * B * d + B must be at most 1.3 * 10^5"
    assert all(abs(a) <= 1 for row in u + v for a in row), "an embedding entry is beyond 1 in size"
    assert all(type(i) is int and 0 <= i <= 10**9 for i in ids), "an item id is out of [0, 10^9]"
    assert all(MIN_Q <= q <= 1 for q in probs), "a sampling probability is out of [1e-9, 1]"
    first = {}
    for i, v_row, q in zip(ids, v, probs):
        assert first.setdefault(i, (v_row, q)) == (v_row, q), f"item {i} appears with two embeddings or probabilities"
    assert MIN_T <= t <= MAX_T, f"temperature {t} is out of [0.01, 10]"
