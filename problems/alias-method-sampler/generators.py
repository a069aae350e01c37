"""Word counts of a Zipf vocabulary up to 10^5 words (the scanning build is then 10^10
steps), unseen words (count 0) mixed in, power 0 (where 0 ** 0 = 1 would give unseen words
a share), 0.75 and 1, one dominant word (its column is given away about V times, so
rounding piles up), equal counts (every column full), a single word, and 10^5 samples.

Arrays hold at most 10^5 counts and 10^5 samples (about 1 MB of JSON each way), because
each run decodes the case inside the submission's CPU time."""

import random

from hypothesis import strategies as st

SIZE = "V (words), n = V samples"
MAX_V, MAX_N, MAX_COUNT, MAX_SEED = 10**5, 10**5, 10**9, 2**32 - 1


def _zipf_counts(rng, size, top=10**6, unseen=0.0):
    counts = [max(1, int(top / (rank + 1) ** rng.uniform(0.9, 1.2))) for rank in range(size)]
    counts = [0 if rng.random() < unseen else c for c in counts]
    rng.shuffle(counts)
    if not any(counts):
        counts[0] = 1
    return counts


def _case(rng, counts, power, n):
    return {"counts": counts, "power": power, "n": n, "seed": rng.randrange(MAX_SEED + 1)}


def hidden_cases():
    rng = random.Random(53)
    dominant = [1] * 50_000
    dominant[123] = 10**9
    return [
        ("largest, 10^5 words, power 0.75, 10^5 samples", _case(rng, _zipf_counts(rng, MAX_V), 0.75, MAX_N)),
        ("largest, a third of the words unseen, power 0", _case(rng, _zipf_counts(rng, MAX_V, unseen=0.33), 0.0, MAX_N)),
        ("10^5 words sorted by count, power 1", _case(rng, sorted(_zipf_counts(rng, MAX_V), reverse=True), 1.0, 50_000)),
        ("one word holds almost all the mass", _case(rng, dominant, 0.75, MAX_N)),
        ("unseen words, power 0.5", _case(rng, _zipf_counts(rng, 20_000, unseen=0.5), 0.5, 20_000)),
        ("equal counts: every column full", _case(rng, [7] * 30_000, 0.75, 30_000)),
        ("one word", _case(rng, [5], 0.75, 1000)),
        ("one seen word among unseen ones", _case(rng, [0, 0, 3, 0, 0], 0.75, 1000)),
        ("counts up to 10^9, power 0.75", _case(rng, [rng.randint(0, 10**9) for _ in range(5000)], 0.75, 5000)),
    ]


def input_of_size(n, rng):
    size = max(1, min(MAX_V, n))
    return _case(rng, _zipf_counts(rng, size), 0.75, size)


@st.composite
def _small(draw):
    counts = draw(st.lists(st.integers(0, 20) | st.sampled_from([0, 1, 10**9]), min_size=1, max_size=8))
    if not any(counts):
        counts[draw(st.integers(0, len(counts) - 1))] = draw(st.integers(1, 20))
    return {"counts": counts, "power": draw(st.sampled_from([0.0, 0.75, 1.0]) | st.floats(0, 1)),
            "n": draw(st.integers(1, 20)), "seed": draw(st.integers(0, MAX_SEED))}


def strategy():
    return _small()


def validate(case):
    counts, power, n, seed = case["counts"], case["power"], case["n"], case["seed"]
    assert 1 <= len(counts) <= MAX_V, f"V = {len(counts)} is out of [1, 10^5]"
    assert all(type(c) is int and 0 <= c <= MAX_COUNT for c in counts), "a count is out of [0, 10^9]"
    assert any(counts), "every count is 0"
    assert 0 <= power <= 1, f"power {power} is out of [0, 1]"
    assert type(n) is int and 1 <= n <= MAX_N, f"n = {n} is out of [1, 10^5]"
    assert type(seed) is int and 0 <= seed <= MAX_SEED, "seed is out of [0, 2^32 - 1]"
