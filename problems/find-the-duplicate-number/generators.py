"""Up to 10^5 + 1 numbers: the value repeated twice or many times, the copies at the end, one long walk into
a long cycle (Floyd's worst), the smallest and largest values repeated."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 10**5)
SIZE = "n"


def _case(rng, n, repeated, copies, copies_last=False):
    """n + 1 numbers in [1, n]: `repeated` `copies` times, the others distinct and shuffled."""
    others = rng.sample([v for v in range(1, n + 1) if v != repeated], n + 1 - copies)
    if copies_last:
        rng.shuffle(others)
        return {"nums": others + [repeated] * copies}
    nums = others + [repeated] * copies
    rng.shuffle(nums)
    return {"nums": nums}


def _long_walk(rng, n, entrance_at):
    """0 -> v1 -> ... -> vn -> v_k: a tail of k - 1 steps into a cycle of n - k + 1, the repeated value v_k."""
    order = rng.sample(range(1, n + 1), n)
    nums = [0] * (n + 1)
    previous = 0
    for value in order:
        nums[previous] = value
        previous = value
    nums[previous] = order[entrance_at]
    return {"nums": nums}


def hidden_cases():
    rng = random.Random(287)
    big = N.max
    cases = [
        ("n = 1", {"nums": [1, 1]}),
        ("all the same", {"nums": [3, 3, 3, 3]}),
        ("repeated three times", {"nums": [1, 3, 3, 3, 2]}),
        ("repeated at the first two places", {"nums": [2, 2, 1]}),
        ("cycle back to the start", {"nums": [1, 2, 3, 1]}),
        ("largest, two copies at the end", _case(rng, big, rng.randint(1, big), 2, copies_last=True)),
        ("largest, two copies, shuffled", _case(rng, big, rng.randint(1, big), 2)),
        ("largest, many copies", _case(rng, big, rng.randint(1, big), 5000)),
        ("largest, all the same", {"nums": [big] * (big + 1)}),
        ("largest, 1 repeated", _case(rng, big, 1, 2)),
        ("largest, n repeated", _case(rng, big, big, 2)),
        ("largest, long tail into a short cycle", _long_walk(rng, big, big - 2)),
        ("largest, short tail into a long cycle", _long_walk(rng, big, 1)),
        ("largest, tail and cycle alike", _long_walk(rng, big, big // 2)),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        n = r.randint(1, big)
        cases.append((f"random {seed}", _case(r, n, r.randint(1, n), r.randint(2, min(n + 1, r.choice((2, 3, 50)))))))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 9))
    repeated = draw(st.integers(1, n))
    copies = draw(st.integers(2, n + 1))
    others = draw(st.lists(st.sampled_from([v for v in range(1, n + 1) if v != repeated] or [repeated]),
                           min_size=n + 1 - copies, max_size=n + 1 - copies, unique=True))
    return {"nums": draw(st.permutations(others + [repeated] * copies))}


def strategy():
    return _inputs()


def validate(case):
    nums = case["nums"]
    n = len(nums) - 1
    N.check(n, "n = len(nums) - 1")
    Bound("nums[i]", 1, n).check_all(nums)
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    repeated = [v for v, c in counts.items() if c > 1]
    assert len(repeated) == 1, f"{len(repeated)} values repeat, exactly one must"


def input_of_size(n, rng):
    # The same long walk, its steps in index order: a walk in random order over 10^5 values measures the
    # memory's latency (each step a cache miss past about 30,000 values, read as O(n^2)), not the algorithm.
    n = max(1, n)
    nums = list(range(1, n + 1)) + [n // 2 + 1]  # 0 -> 1 -> ... -> n -> n/2 + 1: the repeated value
    return {"nums": nums}
