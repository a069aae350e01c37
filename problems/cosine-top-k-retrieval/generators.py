"""The largest inputs (600 queries against 5000 items, 300 against 10^4), items whose
norms spread over six orders of magnitude (so ranking by dot product fails), duplicated
and power-of-two-rescaled items (ties across the top-k boundary), zero queries and zero
items, d = 1 (every similarity is -1, 0 or 1), and all-negative similarities.

Each case keeps the promise the statement makes: among the similarities that decide a
query's answer, two that are not exactly equal differ by more than 1e-6. Random queries
that break it are drawn again, deterministically.

(q + n) * d is at most 10^5 floats (about 2 MB of JSON), because every run decodes the
case inside the submission's CPU time, and q * n is at most 3 * 10^6 (a 24 MB matrix of
similarities, a few of which fit in 256 MB); at the largest size the pairwise loop makes
3 * 10^6 Python-level similarity computations."""

import math
import random

import numpy as np
from hypothesis import strategies as st

SIZE = "q * n (query-item pairs), q = isqrt(pairs) up to 64, d = 16, k = 10"
MAX_Q, MAX_N, MAX_D, MAX_K = 1000, 10_000, 256, 100
MAX_FLOATS, MAX_PAIRS = 10**5, 3 * 10**6
LIMIT = 10_000.0
TIE, GAP = 1e-12, 1e-6  # exactly equal, or further apart than GAP


def _formulations(queries, items):
    """Similarities computed two common ways: dot products over the product of norms, and
    dot products of unit vectors (zero rows stay zero)."""
    q, v = np.asarray(queries, dtype=float), np.asarray(items, dtype=float)
    qn, vn = np.linalg.norm(q, axis=1), np.linalg.norm(v, axis=1)
    scale = np.outer(qn, vn)
    dots = q @ v.T
    first = np.divide(dots, scale, out=np.zeros_like(dots), where=scale > 0)
    unit_q = np.divide(q, qn[:, None], out=np.zeros_like(q), where=qn[:, None] > 0)
    unit_v = np.divide(v, vn[:, None], out=np.zeros_like(v), where=vn[:, None] > 0)
    return first, unit_q @ unit_v.T


def _ambiguous_rows(queries, items, k):
    """Rows where two similarities that decide the answer are neither exactly equal (the same
    float either way they are computed) nor more than GAP apart."""
    first, second = _formulations(queries, items)
    order = np.argsort(-first, axis=1, kind="stable")
    a, b = np.take_along_axis(first, order, 1), np.take_along_axis(second, order, 1)
    kth = a[:, k - 1:k]
    deciding = (a >= kth - 2 * GAP)[:, 1:]  # the top k, its ties, and anything just below the k-th
    gaps = a[:, :-1] - a[:, 1:]
    unequal = (gaps != 0) | (b[:, :-1] != b[:, 1:])
    bad = deciding & unequal & (np.abs(gaps) <= GAP)
    return np.flatnonzero(bad.any(axis=1))


def _round(rows):
    return [[round(x, 6) for x in row] for row in rows]


def _fixed(rng, queries, items, k, draw_query):
    """Redraws the queries whose answer hangs on a near tie."""
    for _ in range(50):
        bad = _ambiguous_rows(queries, items, k)
        if len(bad) == 0:
            return queries
        for row in bad:
            queries[row] = draw_query()
    raise AssertionError("could not draw unambiguous queries")


def _gauss_case(rng, q, n, d, k, item_scale=lambda: 1.0):
    def vector(scale=1.0):
        return [scale * rng.gauss(0, 1) for _ in range(d)]

    items = _round([vector(item_scale()) for _ in range(n)])
    queries = _round([vector() for _ in range(q)])
    queries = _fixed(rng, queries, items, k, lambda: _round([vector()])[0])
    return {"queries": queries, "items": items, "k": k}


POWERS_OF_TWO = (0.25, 0.5, 1.0, 1.0, 2.0, 8.0)


def _duplicates_case(rng, q, n, d, k, directions=12):
    """Few distinct directions, each repeated exactly or rescaled by a power of two (which
    leaves its similarities bit-for-bit equal): every query's top k ends inside a tie group."""
    bases = _round([[rng.gauss(0, 1) for _ in range(d)] for _ in range(directions)])
    items = [[rng.choice(POWERS_OF_TWO) * x for x in rng.choice(bases)] for _ in range(n)]
    draw = lambda: _round([[rng.gauss(0, 1) for _ in range(d)]])[0]
    queries = _fixed(rng, [draw() for _ in range(q)], items, k, draw)
    return {"queries": queries, "items": items, "k": k}


def hidden_cases():
    rng = random.Random(17)
    spread = lambda: 10 ** rng.uniform(-3, 3)
    cases = [
        ("largest, 600 queries x 5000 items, d = 16, k = 100", _gauss_case(rng, 600, 5000, 16, 100)),
        ("largest, item norms from 1e-3 to 1e3", _gauss_case(rng, 600, 5000, 16, 10, spread)),
        ("largest, 300 queries x 10^4 items, d = 8, k = 1", _gauss_case(rng, 300, 10_000, 8, 1, spread)),
        ("wide embeddings, d = 256", _gauss_case(rng, 50, 300, 256, 20)),
        ("rescaled duplicates, ties across the cutoff", _duplicates_case(rng, 300, 3000, 4, 50)),
        ("d = 1: every similarity is -1, 0 or 1", _duplicates_case(rng, 100, 2000, 1, 30)),
    ]
    with_zeros = _gauss_case(rng, 100, 2000, 12, 100, spread)
    for i in range(0, 2000, 37):
        with_zeros["items"][i] = [0.0] * 12
    for i in range(0, 100, 9):
        with_zeros["queries"][i] = [0.0] * 12
    with_zeros["queries"] = _fixed(rng, with_zeros["queries"], with_zeros["items"], 100,
                                   lambda: [0.0] * 12)
    cases.append(("zero items among the rest, zero queries", with_zeros))
    opposite = _gauss_case(rng, 20, 100, 6, 100)
    opposite["items"] = [[-abs(x) for x in row] for row in opposite["items"]]
    opposite["queries"] = [[abs(x) + 0.01 for x in row] for row in opposite["queries"]]
    opposite["items"][50] = [0.0] * 6
    opposite["queries"] = _fixed(rng, opposite["queries"], opposite["items"], 100,
                                 lambda: [round(abs(rng.gauss(0, 1)) + 0.01, 6) for _ in range(6)])
    cases.append(("every similarity negative but a zero item's, k = n", opposite))
    for seed in range(30, 40):
        r = random.Random(seed)
        q, n, d = r.randint(1, 40), r.randint(1, 60), r.randint(1, 10)
        k = r.randint(1, min(n, MAX_K))
        maker = _duplicates_case if seed % 2 else _gauss_case
        cases.append((f"random {q} x {n}, d = {d}, k = {k}", maker(r, q, n, d, k)))
    return cases


def input_of_size(n, rng):
    # Queries and items grow together (then items alone), so neither side is a fixed block
    # that dwarfs the other at small n.
    queries = max(1, min(64, math.isqrt(n)))
    items = max(1, n // queries)
    return _gauss_case(rng, queries, items, 16, min(10, items))


@st.composite
def _small(draw):
    d = draw(st.integers(1, 4))
    vector = st.lists(st.integers(-3, 3).map(float), min_size=d, max_size=d)
    bases = draw(st.lists(vector, min_size=1, max_size=3))
    scaled = st.tuples(st.sampled_from(bases), st.sampled_from([0.0, 0.5, 1.0, 2.0, 4.0]))
    items = [[factor * x for x in base] for base, factor in draw(st.lists(scaled, min_size=1, max_size=8))]
    queries = draw(st.lists(vector, min_size=1, max_size=3))
    return {"queries": queries, "items": items, "k": draw(st.integers(1, len(items)))}


def strategy():
    return _small().filter(lambda case: len(_ambiguous_rows(case["queries"], case["items"], case["k"])) == 0)


def validate(case):
    queries, items, k = case["queries"], case["items"], case["k"]
    assert 1 <= len(queries) <= MAX_Q, f"q = {len(queries)} is out of [1, {MAX_Q}]"
    assert 1 <= len(items) <= MAX_N, f"n = {len(items)} is out of [1, {MAX_N}]"
    d = len(queries[0])
    assert 1 <= d <= MAX_D, f"d = {d} is out of [1, {MAX_D}]"
    assert all(len(row) == d for row in queries + items), "every query and item must have d entries"
    assert (len(queries) + len(items)) * d <= MAX_FLOATS, "(q + n) * d must be at most 10^5"
    assert len(queries) * len(items) <= MAX_PAIRS, "q * n must be at most 3 * 10^6"
    assert type(k) is int and 1 <= k <= min(len(items), MAX_K), f"k = {k} is out of [1, min(n, 100)]"
    assert all(abs(x) <= LIMIT for row in queries + items for x in row), "an entry is beyond 10^4 in size"
    assert len(_ambiguous_rows(queries, items, k)) == 0, "two similarities that decide the answer are closer than 1e-6 but not exactly equal"
