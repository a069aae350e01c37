"""Large lists: 5 * 10^4 recommended and 5 * 10^4 relevant ids with few hits, so checking
each recommended id against a list of relevant ids takes about 2.5 * 10^9 comparisons.

The lists hold at most 5 * 10^4 ids each (about 1 MB of JSON a case): time_limit/
list_membership.py then needs over 10 s of CPU against a 1 s limit, while the reference
takes a few ms. At 2 * 10^4 ids it needed 2-5 s, depending on the machine's load, and
`judge verify` demands a time-out at twice the limit. k may reach 10^5."""

import random

from hypothesis import strategies as st

MAX_LEN = 50_000
MAX_K = 100_000
MAX_ID = 10**9
SIZE = "n = len(recommended) = len(relevant) = k"


def _case(rng, n_rec, n_rel, overlap, k):
    ids = rng.sample(range(MAX_ID + 1), n_rec + n_rel)
    recommended = ids[:n_rec]
    shared = rng.sample(recommended, min(overlap, n_rec))
    relevant = ids[n_rec:n_rec + n_rel - len(shared)] + shared
    rng.shuffle(relevant)
    return {"recommended": recommended, "relevant": relevant, "k": k}


def hidden_cases():
    rng = random.Random(11)
    return [
        ("medium, k = 10", _case(rng, 1_000, 200, 50, 10)),
        ("medium, k = 100", _case(rng, 5_000, 300, 150, 100)),
        ("large, k beyond the list", _case(rng, 10_000, 6_000, 4_000, MAX_K)),
        ("large, every relevant id recommended", _case(rng, 16_000, 1_000, 1_000, 12_000)),
        ("largest, few hits", _case(rng, MAX_LEN, MAX_LEN, 100, MAX_K)),
        ("largest, half the relevant ids hit", _case(rng, MAX_LEN, MAX_LEN, 10_000, 14_000)),
    ]


def input_of_size(n, rng):
    n = max(1, min(n, MAX_LEN))
    return _case(rng, n, n, n // 10, n)


@st.composite
def _small(draw):
    ids = st.integers(0, 15)
    recommended = draw(st.lists(ids, max_size=10, unique=True))
    relevant = draw(st.lists(ids, min_size=1, max_size=10, unique=True))
    k = draw(st.integers(1, 12))
    return {"recommended": recommended, "relevant": relevant, "k": k}


def strategy():
    return _small()


def validate(case):
    recommended, relevant, k = case["recommended"], case["relevant"], case["k"]
    assert 0 <= len(recommended) <= MAX_LEN, f"len(recommended) = {len(recommended)} is too long"
    assert 1 <= len(relevant) <= MAX_LEN, f"len(relevant) = {len(relevant)} is out of [1, {MAX_LEN}]"
    assert 1 <= k <= MAX_K, f"k = {k} is out of [1, {MAX_K}]"
    assert len(set(recommended)) == len(recommended), "recommended repeats an id"
    assert len(set(relevant)) == len(relevant), "relevant repeats an id"
    assert all(type(i) is int and 0 <= i <= MAX_ID for i in recommended + relevant), "an id is out of range"
