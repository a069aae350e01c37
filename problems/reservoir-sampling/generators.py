"""Streams up to 10^5 items with k from 1 to the whole stream, streams shorter than k (no
draws at all), k = n - 1 (one draw), k = 1 (every item may replace the only slot, so
slots are hit many times and the last write must win), repeated item values, ids up to
10^9 and seeds up to 2^32 - 1.

Arrays hold at most 10^5 items (about 1 MB of JSON), because each run decodes the case
inside the submission's CPU time. Every approach is one pass, so there is no time_limit/."""

import random

from hypothesis import strategies as st

SIZE = "n = len(stream), k = 10"
MAX_N, MAX_K, MAX_ID, MAX_SEED = 10**5, 10**5, 10**9, 2**32 - 1


def _case(rng, n, k, distinct=True):
    stream = rng.sample(range(MAX_ID + 1), n) if distinct else [rng.randint(0, 5) for _ in range(n)]
    return {"stream": stream, "k": k, "seed": rng.randrange(MAX_SEED + 1)}


def hidden_cases():
    rng = random.Random(59)
    return [
        ("largest, n = 10^5, k = 100", _case(rng, MAX_N, 100)),
        ("largest, k = 1: one slot hit over and over", _case(rng, MAX_N, 1)),
        ("largest, k = n / 2", _case(rng, MAX_N, MAX_N // 2)),
        ("k = n - 1: a single draw", _case(rng, 50_000, 49_999)),
        ("k = n: the whole stream, no draws", _case(rng, 1000, 1000)),
        ("stream shorter than k", _case(rng, 30, 10**5)),
        ("repeated values", _case(rng, 20_000, 7, distinct=False)),
        ("one item", _case(rng, 1, 1)),
        ("seed 0", {**_case(rng, 5000, 20), "seed": 0}),
        ("seed 2^32 - 1", {**_case(rng, 5000, 20), "seed": MAX_SEED}),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(MAX_N, n)), 10)


@st.composite
def _small(draw):
    stream = draw(st.lists(st.integers(0, 9), min_size=1, max_size=12))
    return {"stream": stream, "k": draw(st.integers(1, 14)), "seed": draw(st.integers(0, MAX_SEED))}


def strategy():
    return _small()


def validate(case):
    stream, k, seed = case["stream"], case["k"], case["seed"]
    assert 1 <= len(stream) <= MAX_N, f"n = {len(stream)} is out of [1, 10^5]"
    assert all(type(x) is int and 0 <= x <= MAX_ID for x in stream), "an item is out of [0, 10^9]"
    assert type(k) is int and 1 <= k <= MAX_K, f"k = {k} is out of [1, 10^5]"
    assert type(seed) is int and 0 <= seed <= MAX_SEED, "seed is out of [0, 2^32 - 1]"
