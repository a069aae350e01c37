"""The longest arrays (2 * 10^4 values) whose prefix and suffix products fit in 32 bits: mostly 1s and -1s
with a few larger factors, zeros that split them, and an odd count of negatives that must be cut at one end."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(nums)"
N = Bound("len(nums)", 1, 2 * 10**4)
V = Bound("nums[i]", -10, 10)
LOW, HIGH = -2**31, 2**31 - 1


def _spread(rng, n, factors, zeros=0, minus_ones=0.5):
    """n values of 1 or -1, with `factors` (each of them used once) and `zeros` zeros at random places."""
    nums = [-1 if rng.random() < minus_ones else 1 for _ in range(n)]
    places = rng.sample(range(n), len(factors) + zeros)
    for place, factor in zip(places, list(factors) + [0] * zeros):
        nums[place] = factor
    return nums


def _fits(nums):
    """Every run between zeros has a product within 32 bits (so every prefix and suffix does too)."""
    product = 1
    for x in nums:
        product = 1 if x == 0 else product * x
        if not LOW <= product <= HIGH:
            return False
    return True


def _random_fitting(rng, n, factor_count, zeros):
    while True:
        factors = [rng.choice((2, 3, -2, -3, 5, -5, 10, -10)) for _ in range(factor_count)]
        nums = _spread(rng, n, factors, zeros)
        if _fits(nums):
            return nums


def hidden_cases():
    rng = random.Random(152)
    n = N.max
    one_negative = [2] * 10 + [-1] + [3] * 10
    cases = [
        ("a single negative", {"nums": [-7]}),
        ("a single zero", {"nums": [0]}),
        ("negatives split by zeros", {"nums": [-2, 0, -3, 0, -1]}),
        ("three negatives in a row", {"nums": [-3, -3, -3]}),
        ("one negative in the middle, best is one side", {"nums": one_negative}),
        ("largest, all 1", {"nums": [1] * n}),
        ("largest, all -1, odd length", {"nums": [-1] * (n - 1)}),
        ("largest, 2^30 from thirty 2s", {"nums": _spread(rng, n, [2] * 30, minus_ones=0.0)}),
        ("largest, thirty-one -2s, drop one end", {"nums": [-2] * 31 + [1] * (n - 31)}),
        ("largest, random signs, few factors", {"nums": _random_fitting(rng, n, 8, 0)}),
        ("largest, random signs, factors and zeros", {"nums": _random_fitting(rng, n, 40, 30)}),
        ("largest, -1 and 0 alternating", {"nums": [-1, 0] * (n // 2)}),
        ("largest, 0 then -10 repeated", {"nums": [0, -10] * (n // 2)}),
        ("largest, odd negatives, cut the first", {"nums": [-1] + [2] * 26 + [-3, -2] + [1] * (n - 29)}),
        ("largest, odd negatives, cut the last", {"nums": [1] * (n - 29) + [-2, -3] + [2] * 26 + [-1]}),
        ("largest, all zeros but one -3", {"nums": [0] * (n // 2) + [-3] + [0] * (n // 2 - 1)}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(V.integers(-4, 4), min_size=1, max_size=10)})


def validate(case):
    nums = case["nums"]
    N.check(len(nums), "len(nums)")
    V.check_all(nums)
    for name, order in (("prefix", nums), ("suffix", nums[::-1])):
        product = 1
        for length, x in enumerate(order, 1):
            product *= x
            assert LOW <= product <= HIGH, f"the {name} of length {length} has product {product}, outside 32 bits"


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"nums": _random_fitting(rng, n, min(8, n), 0)}
