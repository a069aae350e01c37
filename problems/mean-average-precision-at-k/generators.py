"""Batches of users with hits scattered through their lists, long lists packed with hits
(where recounting the prefix at every hit costs about 10^9 steps for one user of 5 * 10^4
ids), and one user whose lists fill both totals with few hits (where scanning the relevant
list for each ranked id costs 2.5 * 10^9 steps).

The lists hold at most 5 * 10^4 ids in all (under 1.1 MB of JSON a case). In the sandbox
time_limit/list_membership.py needs about 10 s of CPU on the full user and
time_limit/recount_prefix.py more on the packed one, against a 0.5 s limit, while the
reference takes a few ms. With k capped at 10^4 the scan could reach only 10^4 * 5 * 10^4
steps (about 2 s), hence k up to 5 * 10^4. Larger inputs would only slow every run down,
because each run decodes the case's JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_Q = 10_000
MAX_TOTAL = 50_000
MAX_K = 50_000
LONG = 10_000  # the packed users' list length
MAX_ID = 10**9
SIZE = "n = total length of the recommended lists, with k = 10^4"


def _user(rng, n_rec, hit_rate, extra):
    """n_rec recommended ids, each relevant with probability hit_rate, plus `extra` relevant ids never recommended."""
    ids = rng.sample(range(MAX_ID + 1), n_rec + extra)
    ranked = ids[:n_rec]
    answers = [item for item in ranked if rng.random() < hit_rate] + ids[n_rec:]
    rng.shuffle(answers)
    return ranked, answers


def _batch(rng, q, max_len, hit_rate, max_extra, k, empty_rate=0.0):
    recommended, relevant = [], []
    for _ in range(q):
        ranked, answers = _user(rng, rng.randint(0, max_len), hit_rate, rng.randint(0, max_extra))
        recommended.append(ranked)
        relevant.append([] if rng.random() < empty_rate else answers)
    return {"recommended": recommended, "relevant": relevant, "k": k}


def _packed(rng, users, length, k):
    """Users whose lists hold exactly `length` ids, 97% of them hits."""
    pairs = [_user(rng, length, 0.97, 0) for _ in range(users)]
    return {"recommended": [r for r, _ in pairs], "relevant": [a for _, a in pairs], "k": k}


def _one_full_user(rng, hits):
    """One user with MAX_TOTAL ranked ids and MAX_TOTAL relevant ones, `hits` of them shared."""
    ids = rng.sample(range(MAX_ID + 1), 2 * MAX_TOTAL - hits)
    ranked = ids[:MAX_TOTAL]
    answers = ids[MAX_TOTAL:] + rng.sample(ranked, hits)
    rng.shuffle(answers)
    return {"recommended": [ranked], "relevant": [answers], "k": MAX_K}


def hidden_cases():
    rng = random.Random(19)
    return [
        ("medium batch, k = 10", _batch(rng, 500, 50, 0.1, 10, 10)),
        ("many users without relevant ids", _batch(rng, 1_000, 30, 0.2, 3, 20, empty_rate=0.5)),
        ("k = 100, relevant ids mostly not recommended", _batch(rng, 300, 150, 0.05, 150, 100)),
        ("largest batch, k = 10", _batch(rng, MAX_Q, 8, 0.15, 3, 10)),
        ("long lists packed with hits, k = 10^4", _packed(rng, 2, LONG, LONG)),
        ("long lists, k = 5000", _batch(rng, 5, 8_000, 0.5, 2_000, 5_000)),
        ("one user, 5 * 10^4 recommended and 5 * 10^4 relevant ids, 100 hits, k = 5 * 10^4",
         _one_full_user(random.Random(23), hits=100)),
        ("one user, 5 * 10^4 ids packed with hits, k = 5 * 10^4", _packed(random.Random(29), 1, MAX_TOTAL, MAX_K)),
    ]


def input_of_size(n, rng):
    length = min(n, LONG)
    return _batch(rng, max(1, min(MAX_Q, n // max(1, length))), length, 0.5, 0, LONG)


@st.composite
def _small(draw):
    q = draw(st.integers(1, 4))
    ids = st.integers(0, 9)
    recommended = draw(st.lists(st.lists(ids, max_size=8, unique=True), min_size=q, max_size=q))
    relevant = draw(st.lists(st.lists(ids, max_size=6, unique=True), min_size=q, max_size=q))
    return {"recommended": recommended, "relevant": relevant, "k": draw(st.integers(1, 10))}


def strategy():
    return _small()


def validate(case):
    recommended, relevant, k = case["recommended"], case["relevant"], case["k"]
    assert 1 <= len(recommended) <= MAX_Q, f"Q = {len(recommended)} is out of [1, {MAX_Q}]"
    assert len(relevant) == len(recommended), "recommended and relevant hold different numbers of users"
    assert 1 <= k <= MAX_K, f"k = {k} is out of [1, {MAX_K}]"
    for name, lists in (("recommended", recommended), ("relevant", relevant)):
        assert sum(map(len, lists)) <= MAX_TOTAL, f"the {name} lists hold more than {MAX_TOTAL} ids"
        for q, ids in enumerate(lists):
            assert len(set(ids)) == len(ids), f"{name}[{q}] repeats an id"
            assert all(type(i) is int and 0 <= i <= MAX_ID for i in ids), f"{name}[{q}] has an id out of range"
