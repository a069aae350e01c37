"""Batches over a Zipf vocabulary, so centers, contexts and negatives repeat within a batch
(a fancy-indexed += loses the repeats), word2vec's initial state (w_out all zeros, loss
(1 + K) log 2), scores in the thousands of both signs (log sigmoid without care overflows
or takes log 0), a vocabulary of one word, negatives equal to the context, repeated in a row.

The floats per case (2 * V * d) and the negative indices (B * K) are at most 10^5 and
5 * 10^4 (about 2.5 MB of JSON), because each run decodes the case inside the submission's
CPU time. Any approach is linear in B * K * d, so there is no time_limit/ folder."""

import random

from hypothesis import strategies as st

SIZE = "B * K (scored pairs), K = 2, V = B * K / 4, d = 8"
MAX_V, MAX_D, MAX_B, MAX_K, MAX_VD, MAX_BK, LIMIT = 5000, 64, 5000, 20, 50_000, 50_000, 10.0


def _r(x):
    return round(max(-LIMIT, min(LIMIT, x)), 6)


def _zipf(rng, vocab, count, skew=1.0):
    weights = [1 / (rank + 1) ** skew for rank in range(vocab)]
    return rng.choices(range(vocab), weights=weights, k=count)


def _case(rng, vocab, d, batch, k, scale=0.3, w_out_scale=None):
    w_out_scale = scale if w_out_scale is None else w_out_scale
    w_in = [[_r(rng.gauss(0, scale)) for _ in range(d)] for _ in range(vocab)]
    w_out = [[_r(rng.gauss(0, w_out_scale)) for _ in range(d)] for _ in range(vocab)]
    centers = _zipf(rng, vocab, batch)
    contexts = _zipf(rng, vocab, batch)
    negatives = [_zipf(rng, vocab, k, skew=0.75) for _ in range(batch)]
    return {"w_in": w_in, "w_out": w_out, "centers": centers, "contexts": contexts, "negatives": negatives}


def _extreme(rng, vocab, d, batch, k):
    """Embeddings at +-10 in a few directions: scores of +-(100 d), positive and negative."""
    signs = [[rng.choice([-LIMIT, LIMIT]) for _ in range(d)] for _ in range(4)]
    w_in = [list(rng.choice(signs)) for _ in range(vocab)]
    w_out = [[rng.choice([-1, 1]) * a for a in rng.choice(signs)] for _ in range(vocab)]
    case = _case(rng, vocab, d, batch, k)
    case["w_in"], case["w_out"] = w_in, w_out
    return case


def hidden_cases():
    rng = random.Random(47)
    init = _case(rng, 3000, 16, 2000, 10, scale=0.5 / 16, w_out_scale=0.0)
    repeats = _case(rng, 50, 8, 200, 5)
    for i, row in enumerate(repeats["negatives"]):
        row[0] = repeats["contexts"][i]  # a negative equal to the context
        row[1] = row[2]  # a negative twice in a row
    return [
        ("largest, V = 1000, d = 50, B = 2500, K = 20", _case(rng, 1000, 50, 2500, 20)),
        ("largest vocabulary, V = 5000, d = 10, B = 5000, K = 10", _case(rng, 5000, 10, 5000, 10)),
        ("word2vec's start: w_out = 0", init),
        ("scores in the thousands, both signs", _extreme(rng, 200, 32, 500, 5)),
        ("small vocabulary, every word repeated", _case(rng, 10, 16, 3000, 15, scale=1.0)),
        ("negatives equal to the context and repeated", repeats),
        ("one word", _case(rng, 1, 4, 20, 3)),
        ("one pair, one negative", _case(rng, 100, 64, 1, 1, scale=2.0)),
    ]


def input_of_size(n, rng):
    # The vocabulary grows with the batch (V d is in the class), so the embeddings never
    # dwarf the pairs at small n; the negatives are drawn in one call, as _case's per-row
    # draws cost O(B V).
    vocab, d, batch, k = max(1, n // 4), 8, max(1, n // 2), 2
    w_in = [[_r(rng.gauss(0, 0.3)) for _ in range(d)] for _ in range(vocab)]
    w_out = [[_r(rng.gauss(0, 0.3)) for _ in range(d)] for _ in range(vocab)]
    negatives = _zipf(rng, vocab, batch * k, skew=0.75)
    return {"w_in": w_in, "w_out": w_out, "centers": _zipf(rng, vocab, batch),
            "contexts": _zipf(rng, vocab, batch), "negatives": [negatives[i:i + k] for i in range(0, batch * k, k)]}


@st.composite
def _small(draw):
    vocab, d, batch, k = (draw(st.integers(1, top)) for top in (4, 3, 4, 3))
    value = st.floats(-LIMIT, LIMIT, allow_nan=False, allow_subnormal=False)
    word = st.integers(0, vocab - 1)
    matrix = lambda: [[draw(value) for _ in range(d)] for _ in range(vocab)]
    return {"w_in": matrix(), "w_out": matrix(),
            "centers": [draw(word) for _ in range(batch)], "contexts": [draw(word) for _ in range(batch)],
            "negatives": [[draw(word) for _ in range(k)] for _ in range(batch)]}


def strategy():
    return _small()


def validate(case):
    w_in, w_out, centers, contexts, negatives = (case[k] for k in ("w_in", "w_out", "centers", "contexts", "negatives"))
    vocab, d = len(w_in), len(w_in[0])
    assert 1 <= vocab <= MAX_V and 1 <= d <= MAX_D, "w_in must have shape (V, d) within the bounds"
    assert len(w_out) == vocab and all(len(row) == d for row in w_in + w_out), "w_in and w_out must be (V, d)"
    assert vocab * d <= MAX_VD, "V * d must be at most 5 * 10^4"
    batch = len(centers)
    assert 1 <= batch <= MAX_B and len(contexts) == batch and len(negatives) == batch, "B pairs, 1 <= B <= 5000"
    k = len(negatives[0])
    assert 1 <= k <= MAX_K and all(len(row) == k for row in negatives), "negatives must be (B, K), 1 <= K <= 20"
    assert batch * k <= MAX_BK, "B * K must be at most 5 * 10^4"
    words = centers + contexts + [n for row in negatives for n in row]
    assert all(type(i) is int and 0 <= i < vocab for i in words), "a word index is out of [0, V)"
    assert all(abs(a) <= LIMIT for row in w_in + w_out for a in row), "an embedding entry is beyond 10 in size"
