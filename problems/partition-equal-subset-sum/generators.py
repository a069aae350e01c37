"""Up to 200 numbers: even totals with no split (all even but an odd half), greedy traps, one number, the largest."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 200)
V = Bound("nums[i]", 1, 100)
SIZE = "len(nums), sum about 51 times it"


def hidden_cases():
    rng = random.Random(416)
    big = N.max
    cases = [
        ("one number", {"nums": [2]}),
        ("two equal numbers", {"nums": [100, 100]}),
        ("two different numbers", {"nums": [1, 3]}),
        ("odd total that half-sums anyway", {"nums": [1, 2]}),
        ("greedy trap", {"nums": [3, 3, 2, 2, 2]}),
        ("one number used twice would work", {"nums": [2, 6]}),
        ("largest, all 100", {"nums": [100] * big}),
        ("largest, all even, odd half", {"nums": [100] * 199 + [2]}),
        ("largest, even total, one big number", {"nums": [1] * 199 + [99]}),
        ("largest, random", {"nums": V.sample(rng, big)}),
        ("largest, random evens but one odd pair", {"nums": [2 * rng.randint(1, 50) for _ in range(198)] + [1, 3]}),
        ("largest, no split: multiples of 4 and one 2", {"nums": [4 * rng.randint(1, 25) for _ in range(199)] + [2]}),
        ("largest, greedy trap repeated", {"nums": [3, 3, 2, 2, 2] * 40}),
    ]
    for seed in range(1, 6):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"nums": [r.randint(1, r.choice((3, 20, 100))) for _ in range(r.randint(1, big))]}))
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.one_of(st.integers(1, 9), st.just(100)), min_size=1,
                                                   max_size=10)})


def validate(case):
    N.check(len(case["nums"]))
    V.check_all(case["nums"])


def input_of_size(n, rng):
    """The worst case at n numbers, past 200 too: even numbers whose half-total is odd, so no solution stops early
    (an odd total, or a split found halfway) and the table spans the whole sum. The numbers spread evenly over
    2..100 (shuffled), so the sum is about 51 n at every n rather than wandering with random draws."""
    n = max(1, n)
    nums = [2 + 2 * (i * (V.max // 2) // n) for i in range(n)]
    if sum(nums) % 4 == 0:
        nums[0] += 2
    rng.shuffle(nums)
    return {"nums": nums}
