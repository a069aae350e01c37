"""Hidden inputs up to the largest allowed (10^5 numbers, values over all of [-10^4, 10^4]).

Each input's k sits at a gap in the counts, so the answer is unique. With about 20,000
distinct values, counting each one with list.count is some 2 * 10^9 comparisons: too slow.
"""

import random
from collections import Counter

MAX_N, LOW, HIGH = 10**5, -10**4, 10**4
SIZE = "len(nums)"


def _gaps(nums):
    """Every k whose answer is unique: the k-th and (k+1)-th largest counts differ (or k is all)."""
    counts = sorted(Counter(nums).values(), reverse=True)
    return [k for k in range(1, len(counts) + 1) if k == len(counts) or counts[k - 1] != counts[k]]


def _closest_gap(nums, wanted):
    """The valid k nearest to `wanted`."""
    return min(_gaps(nums), key=lambda k: (abs(k - wanted), k))


def _from_counts(counts, rng, values=None):
    """Shuffled nums in which a distinct random value occurs counts[i] times for each i."""
    values = values if values is not None else rng.sample(range(LOW, HIGH + 1), len(counts))
    nums = [value for value, count in zip(values, counts) for _ in range(count)]
    rng.shuffle(nums)
    return nums


def _top_then_noise(k, top_count, n, rng):
    """k values occurring top_count times each, then the other values of the range, drawn at random."""
    values = rng.sample(range(LOW, HIGH + 1), HIGH - LOW + 1)
    top, rest = values[:k], values[k:]
    nums = [value for value in top for _ in range(top_count)]
    nums += [rng.choice(rest) for _ in range(n - len(nums))]
    rng.shuffle(nums)
    assert _closest_gap(nums, k) == k, "the noise reached the top counts"
    return {"nums": nums, "k": k}


def _random(n, spread, rng, wanted_k=None):
    """n values drawn from `spread` distinct ones, k at the gap closest to `wanted_k` (random if None)."""
    pool = rng.sample(range(LOW, HIGH + 1), spread)
    nums = [rng.choice(pool) for _ in range(n)]
    gaps = _gaps(nums)
    k = rng.choice(gaps) if wanted_k is None else _closest_gap(nums, wanted_k)
    return {"nums": nums, "k": k}


def hidden_cases():
    rng = random.Random(347)
    n = MAX_N
    whole_range = list(range(LOW, HIGH + 1))
    everything = whole_range + [rng.randint(LOW, HIGH) for _ in range(n - len(whole_range))]
    rng.shuffle(everything)
    staircase = list(range(1, 447))  # 1 + 2 + ... + 446 = 99,681 values, every count different
    tight = [50] * 100 + [49] * 1938  # the 100th count is 50, the 101st is 49
    negatives = [rng.randint(LOW, -1) for _ in range(n)]
    return [
        ("large, k = 10", _top_then_noise(10, 60, n, rng)),
        ("large, k = 500", _top_then_noise(500, 100, n, rng)),
        ("largest, every value of the range occurs, k = 1",
         {"nums": everything, "k": _closest_gap(everything, 1)}),
        ("largest, every value of the range occurs, a large k",
         {"nums": everything, "k": _closest_gap(everything, 3000)}),
        ("largest, k is the number of distinct values", _random(n, HIGH - LOW + 1, rng, wanted_k=10**9)),
        ("largest, one value only", {"nums": [LOW] * n, "k": 1}),
        ("largest, two values, 50001 against 49999", {"nums": _from_counts([50001, 49999], rng, [HIGH, LOW]), "k": 1}),
        ("largest, counts 1 to 446, k = 200", {"nums": _from_counts(staircase, rng), "k": 200}),
        ("largest, counts 1 to 446, k = 446", {"nums": _from_counts(staircase, rng), "k": 446}),
        ("largest, the 100th and 101st counts differ by one", {"nums": _from_counts(tight, rng), "k": 100}),
        ("largest, negative values only", {"nums": negatives, "k": _closest_gap(negatives, 25)}),
        ("largest, sorted", _sorted_case(rng)),
        ("largest, 1000 distinct values", _random(n, 1000, rng)),
        ("medium, random", _random(3000, 400, rng)),
        ("small, random", _random(40, 8, rng)),
    ]


def _sorted_case(rng):
    case = _random(MAX_N, 5000, rng, wanted_k=7)
    return {"nums": sorted(case["nums"]), "k": case["k"]}


def strategy():
    """Small inputs whose k-th and (k+1)-th counts differ, so the answer is unique."""
    from hypothesis import assume
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        nums = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=12))
        counts = sorted(Counter(nums).values(), reverse=True)
        k = draw(st.integers(1, len(counts)))
        assume(k == len(counts) or counts[k - 1] != counts[k])
        return {"nums": nums, "k": k}

    return inputs()


def validate(case):
    nums, k = case["nums"], case["k"]
    assert isinstance(nums, list) and 1 <= len(nums) <= MAX_N, "need 1 <= len(nums) <= 10^5"
    assert all(isinstance(x, int) and LOW <= x <= HIGH for x in nums), "need -10^4 <= nums[i] <= 10^4"
    counts = sorted(Counter(nums).values(), reverse=True)
    assert isinstance(k, int) and 1 <= k <= len(counts), "need 1 <= k <= the number of distinct values"
    assert k == len(counts) or counts[k - 1] != counts[k], "the answer must be unique (a tie at the k-th place)"


def input_of_size(n, rng):
    return _random(max(n, 1), max(1, min(HIGH - LOW + 1, n // 5)), rng)
