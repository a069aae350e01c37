"""Up to 10^5 weights: heavy-tailed ones (a few items hold most of the mass), zero weights
(never drawn) mixed in, weights down to 10^-6 (u^(1/w) underflows to 0 for nearly every u,
so only log keys rank them), equal weights (a uniform sample), k = 1, k = n and k equal to
the number of positive weights, and seeds up to 2^32 - 1.

validate() recomputes the log keys and checks the promise of the statement: the k + 1
largest keys that decide the answer differ by more than 1e-9 in relative size, so any way
of computing log(u) / w ranks them alike.

Arrays hold at most 10^5 weights (about 2 MB of JSON), because each run decodes the case
inside the submission's CPU time. Every approach is a sort or a selection, so there is no
time_limit/ folder."""

import random

import numpy as np
from hypothesis import strategies as st

SIZE = "n = len(weights), k = n / 10"
MAX_N, MAX_W, MIN_POSITIVE, MAX_SEED, SEPARATION = 10**5, 10**6, 1e-6, 2**32 - 1, 1e-9


def _log_keys(weights, seed):
    w = np.asarray(weights, dtype=np.float64)
    u = np.random.default_rng(seed).random(len(w))
    with np.errstate(divide="ignore"):
        return np.where(w > 0, np.log(u) / np.where(w > 0, w, 1.0), -np.inf)


def _separated(weights, k, seed):
    keys = np.sort(_log_keys(weights, seed))[::-1][:k + 1]
    keys = keys[np.isfinite(keys)]
    gaps = keys[:-1] - keys[1:]
    return bool(np.all(gaps > SEPARATION * np.maximum(np.abs(keys[:-1]), 1e-300)))


def _case(rng, weights, k):
    while True:
        seed = rng.randrange(MAX_SEED + 1)
        if _separated(weights, k, seed):
            return {"weights": weights, "k": k, "seed": seed}


def _heavy(rng, n):
    return [round(min(MAX_W, rng.paretovariate(0.7)), 6) for _ in range(n)]


def hidden_cases():
    rng = random.Random(61)
    with_zeros = [0.0 if rng.random() < 0.4 else w for w in _heavy(rng, 50_000)]
    positive = sum(1 for w in with_zeros if w > 0)
    tiny = [round(rng.uniform(1e-6, 1e-5), 12) for _ in range(20_000)]
    return [
        ("largest, heavy-tailed weights, k = 1000", _case(rng, _heavy(rng, MAX_N), 1000)),
        ("largest, k = n", _case(rng, _heavy(rng, MAX_N), MAX_N)),
        ("zero weights, k = every positive weight", _case(rng, with_zeros, positive)),
        ("zero weights, k = 100", _case(rng, with_zeros, 100)),
        ("weights from 1e-6 to 1e-5 (u^(1/w) underflows)", _case(rng, tiny, 500)),
        ("tiny and huge weights together",
         _case(rng, [rng.choice([1e-6, 1e-3, 1.0, 1e3, 1e6]) for _ in range(30_000)], 2000)),
        ("equal weights: a uniform sample", _case(rng, [2.5] * 40_000, 300)),
        ("k = 1", _case(rng, _heavy(rng, 10_000), 1)),
        ("one item", _case(rng, [0.3], 1)),
        ("one positive weight among zeros", _case(rng, [0.0] * 99 + [5.0] + [0.0] * 100, 1)),
    ]


def input_of_size(n, rng):
    n = max(1, min(MAX_N, n))
    return _case(rng, _heavy(rng, n), max(1, n // 10))


@st.composite
def _small(draw):
    weights = draw(st.lists(st.sampled_from([0.0, 1e-6, 0.5, 1.0, 3.0, 1e6]) | st.floats(MIN_POSITIVE, 100),
                            min_size=1, max_size=10))
    if not any(weights):
        weights[0] = 1.0
    k = draw(st.integers(1, sum(1 for w in weights if w > 0)))
    seed = draw(st.integers(0, MAX_SEED))
    return {"weights": weights, "k": k, "seed": seed}


def strategy():
    return _small().filter(lambda case: _separated(case["weights"], case["k"], case["seed"]))


def validate(case):
    weights, k, seed = case["weights"], case["k"], case["seed"]
    assert 1 <= len(weights) <= MAX_N, f"n = {len(weights)} is out of [1, 10^5]"
    assert all(w == 0 or MIN_POSITIVE <= w <= MAX_W for w in weights), "a weight is neither 0 nor in [1e-6, 10^6]"
    positive = sum(1 for w in weights if w > 0)
    assert type(k) is int and 1 <= k <= positive, f"k = {k} is out of [1, {positive}] (the positive weights)"
    assert type(seed) is int and 0 <= seed <= MAX_SEED, "seed is out of [0, 2^32 - 1]"
    assert _separated(weights, k, seed), "two of the k + 1 largest keys are within 1e-9 of each other"
