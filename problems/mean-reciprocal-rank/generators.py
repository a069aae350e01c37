"""Batches of queries (most with a hit, some without), and one giant query whose only
hit is the last result: scanning the relevant list for each result is 1.2 * 10^9 steps.

The lists hold at most 5 * 10^4 ids in all (under 0.9 MB of JSON a case): a query of
3.5 * 10^4 results and 3.5 * 10^4 relevant ids makes time_limit/list_membership.py need
over 5 s of CPU against a 1 s limit, while the reference takes a few ms. At 2 * 10^4 it
needed 2-5 s, depending on the machine's load, and `judge verify` demands a time-out at
twice the limit."""

import random

from hypothesis import strategies as st

MAX_Q = 10_000
MAX_TOTAL = 50_000
MAX_ID = 10**9
SIZE = "n = total length of the recommended lists (and of the relevant ones)"


def _query(rng, n_rec, n_rel, first_hit):
    """first_hit: 1-based rank of the first relevant result, or None for a miss."""
    ids = rng.sample(range(MAX_ID + 1), n_rec + n_rel)
    ranked, others = ids[:n_rec], ids[n_rec:]
    answers = others[: n_rel - 1] if first_hit else others[:n_rel]
    if first_hit:
        answers.append(ranked[first_hit - 1])
        # more relevant ids, all ranked below the first hit
        below = ranked[first_hit:]
        answers += rng.sample(below, min(len(below), rng.randint(0, 3)))
    rng.shuffle(answers)
    return ranked, answers


def _batch(rng, q, length, miss_rate):
    recommended, relevant = [], []
    for _ in range(q):
        n = rng.randint(0, length)
        hit = None if n == 0 or rng.random() < miss_rate else min(n, int(rng.expovariate(0.3)) + 1)
        ranked, answers = _query(rng, n, rng.randint(1, 5), hit)
        recommended.append(ranked)
        relevant.append(answers)
    return {"recommended": recommended, "relevant": relevant}


def _deep(rng, q, n):
    queries = [_query(rng, n, rng.randint(1, 50), rng.choice([None, rng.randint(1, n)])) for _ in range(q)]
    return {"recommended": [r for r, _ in queries], "relevant": [a for _, a in queries]}


def hidden_cases():
    rng = random.Random(13)
    giant = MAX_TOTAL - 2  # the miss case adds a query of two ids
    giant_hit = _query(rng, giant, giant, giant)
    giant_miss = _query(rng, giant, giant, None)
    return [
        ("medium batch", _batch(rng, 500, 30, 0.3)),
        ("most queries miss", _batch(rng, 2_000, 20, 0.9)),
        ("largest batch", _batch(rng, MAX_Q, 8, 0.2)),
        ("long lists, deep hits", _deep(rng, 40, 1_000)),
        ("one giant query, hit at the last rank", {"recommended": [giant_hit[0]], "relevant": [giant_hit[1]]}),
        ("giant queries, no hit", {"recommended": [giant_miss[0], [1, 2]], "relevant": [giant_miss[1], [2]]}),
    ]


def input_of_size(n, rng):
    return _batch(rng, max(1, min(MAX_Q, n // 10)), 19, 0.2)


@st.composite
def _small(draw):
    q = draw(st.integers(1, 5))
    ids = st.integers(0, 9)
    recommended = draw(st.lists(st.lists(ids, max_size=8, unique=True), min_size=q, max_size=q))
    relevant = draw(st.lists(st.lists(ids, max_size=4, unique=True), min_size=q, max_size=q))
    return {"recommended": recommended, "relevant": relevant}


def strategy():
    return _small()


def validate(case):
    recommended, relevant = case["recommended"], case["relevant"]
    assert 1 <= len(recommended) <= MAX_Q, f"Q = {len(recommended)} is out of [1, {MAX_Q}]"
    assert len(relevant) == len(recommended), "recommended and relevant hold different numbers of queries"
    for name, lists in (("recommended", recommended), ("relevant", relevant)):
        assert sum(map(len, lists)) <= MAX_TOTAL, f"the {name} lists hold more than {MAX_TOTAL} ids"
        for q, ids in enumerate(lists):
            assert len(set(ids)) == len(ids), f"{name}[{q}] repeats an id"
            assert all(type(i) is int and 0 <= i <= MAX_ID for i in ids), f"{name}[{q}] has an id out of range"
