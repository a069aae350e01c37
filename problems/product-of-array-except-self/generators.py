"""10^5 entries, mostly 1 and -1 with a few larger factors so that every prefix and suffix
product stays within 32 bits: multiplying the others for each position cannot finish."""

import random

from hypothesis import strategies as st

N, V = 10**5, 30
LOW, HIGH = -2**31, 2**31 - 1


def _case(seed, n, zeros=0, ones_only=None):
    rng = random.Random(seed)
    if ones_only is not None:
        return {"nums": [ones_only] * n}
    nums = [rng.choice((1, -1)) for _ in range(n)]
    magnitude = 1
    for _ in range(40):  # a few larger factors, keeping the whole product under 2^31
        factor = rng.randint(2, V)
        if magnitude * factor < HIGH:
            magnitude *= factor
            nums[rng.randrange(n)] = factor * rng.choice((1, -1))
    for position in rng.sample(range(n), zeros):
        nums[position] = 0
    return {"nums": nums}


def hidden_cases():
    zero_first = _case(6, N)
    zero_first["nums"][0] = 0
    return [
        ("largest, no zero", _case(1, N)),
        ("largest, one zero", _case(2, N, zeros=1)),
        ("largest, two zeros", _case(3, N, zeros=2)),
        ("largest, all ones", _case(0, N, ones_only=1)),
        ("largest, all minus ones", _case(0, N, ones_only=-1)),
        ("largest, zero first", zero_first),
        ("medium, one zero", _case(4, 1000, zeros=1)),
        ("small, no zero", _case(5, 20)),
    ]


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-5, 5), min_size=2, max_size=12)})


def _products_fit(nums):
    product = 1
    for x in nums:
        product *= x
        if not LOW <= product <= HIGH:
            return False
    return True


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    assert 2 <= len(nums) <= N, f"len(nums) = {len(nums)} is outside 2..10^5"
    for x in nums:
        assert isinstance(x, int) and not isinstance(x, bool), f"{x!r} is not an integer"
        assert -V <= x <= V, f"{x} is outside -30..30"
    assert _products_fit(nums), "a prefix product does not fit in 32 bits"
    assert _products_fit(reversed(nums)), "a suffix product does not fit in 32 bits"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return _case(rng.randrange(10**9), max(2, n))
