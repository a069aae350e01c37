"""The largest inputs (2,500 values): random, sorted, duplicated and saw-tooth shapes.

At n = 2,500 every exponential search times out; the duplicated shapes catch a
non-strict comparison, the saw-tooth ones a search for the longest contiguous run.
"""

import random

from hypothesis import strategies as st

MAX_N, LOW, HIGH = 2500, -10**4, 10**4
SIZE = "len(nums)"


def _random(n, rng, low=LOW, high=HIGH):
    return [rng.randint(low, high) for _ in range(n)]


def _sawtooth(n, tooth):
    """Rising runs of length `tooth`, each starting a little higher than the last."""
    return [(i // tooth) * 3 + (i % tooth) * 7 - 5000 for i in range(n)]


def _interleaved(n, rng):
    """Two rising sequences shuffled together; the longer one (or a mix) is the answer."""
    a = sorted(rng.sample(range(LOW, 0), n // 2))
    b = sorted(rng.sample(range(0, HIGH), n - n // 2))
    out, i, j = [], 0, 0
    while i < len(a) or j < len(b):
        if j == len(b) or (i < len(a) and rng.random() < 0.5):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out


def hidden_cases():
    rng = random.Random(300)
    cases = [(f"random, {n} values", {"nums": _random(n, rng)}) for n in (10, 50, 200, 1000)]
    cases += [
        ("largest, random", {"nums": _random(MAX_N, rng)}),
        ("largest, random, second seed", {"nums": _random(MAX_N, rng)}),
        ("largest, strictly increasing", {"nums": list(range(LOW, LOW + 8 * MAX_N, 8))}),
        ("largest, strictly decreasing", {"nums": list(range(HIGH, HIGH - 8 * MAX_N, -8))}),
        ("largest, all equal", {"nums": [7] * MAX_N}),
        ("largest, every value twice in a row", {"nums": [v for v in range(-625, 625) for _ in (0, 1)]}),
        ("largest, sorted with random repeats", {"nums": sorted(_random(MAX_N, rng, -800, 800))}),
        ("largest, ten distinct values", {"nums": _random(MAX_N, rng, 0, 9)}),
        ("largest, only the two extremes", {"nums": [rng.choice((LOW, HIGH)) for _ in range(MAX_N)]}),
        ("largest, saw-tooth of short runs", {"nums": _sawtooth(MAX_N, 5)}),
        ("largest, saw-tooth of long runs", {"nums": _sawtooth(MAX_N, 50)}),
        ("largest, two rising sequences interleaved", {"nums": _interleaved(MAX_N, rng)}),
        ("largest, falling then rising", {"nums": _valley(MAX_N)}),
        ("largest, nearly sorted", {"nums": _nearly_sorted(MAX_N, rng)}),
    ]
    return cases


def _valley(n):
    """Falls for the first half, then rises again from just above the bottom."""
    half = n // 2
    return [-4 * i for i in range(half)] + [-4 * half + 2 + 4 * i for i in range(n - half)]


def _nearly_sorted(n, rng):
    nums = list(range(LOW, LOW + 8 * n, 8))
    for _ in range(n // 20):
        i, j = rng.randrange(n), rng.randrange(n)
        nums[i], nums[j] = nums[j], nums[i]
    return nums


def strategy():
    return st.lists(st.integers(-6, 6), min_size=1, max_size=12).map(lambda nums: {"nums": nums})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list) and 1 <= len(nums) <= MAX_N, f"need 1 <= len(nums) <= {MAX_N}"
    assert all(isinstance(v, int) and LOW <= v <= HIGH for v in nums), "some nums[i] is outside [-10^4, 10^4]"


def input_of_size(n, rng):
    return {"nums": _random(n, rng)}
