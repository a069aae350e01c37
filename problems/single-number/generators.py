"""Lists up to 29999 values (the largest odd length): the single value last, first or in the middle of the
shuffle, negative, the smallest or the largest value, and pairs that sit next to each other."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 3 * 10**4)
V = Bound("nums[i]", -3 * 10**4, 3 * 10**4)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"
PAIRS = (N.max - 1) // 2


def _nums(rng, pairs, single, where="shuffled"):
    values = [v for v in V.distinct(rng, pairs + 1) if v != single][:pairs]
    nums = values * 2
    rng.shuffle(nums)
    if where == "last":
        return nums + [single]
    if where == "first":
        return [single] + nums
    nums.insert(rng.randrange(len(nums) + 1), single)
    return nums


def _side_by_side(rng, pairs, single):
    values = [v for v in V.distinct(rng, pairs + 1) if v != single][:pairs]
    return [v for value in values for v in (value, value)] + [single]


def hidden_cases():
    rng = random.Random(136)
    cases = [
        ("largest, the single value last", {"nums": _nums(rng, PAIRS, 12345, "last")}),
        ("largest, the single value first", {"nums": _nums(rng, PAIRS, -777, "first")}),
        ("largest, the single value is the smallest", {"nums": _nums(rng, PAIRS, V.min)}),
        ("largest, the single value is the largest", {"nums": _nums(rng, PAIRS, V.max, "last")}),
        ("largest, the single value is -1", {"nums": _nums(rng, PAIRS, -1)}),
        ("largest, the single value is 0", {"nums": _nums(rng, PAIRS, 0)}),
        ("largest, pairs side by side, single last", {"nums": _side_by_side(rng, PAIRS, 5)}),
    ]
    for index in range(6):
        pairs = rng.randint(0, 40)
        cases.append((f"random {index + 1}", {"nums": _nums(rng, pairs, V.draw(rng))}))
    return cases


@st.composite
def _inputs(draw):
    values = draw(st.lists(st.integers(-6, 6), min_size=1, max_size=6, unique=True))
    nums = values[1:] * 2 + values[:1]
    return {"nums": draw(st.permutations(nums))}


def strategy():
    return _inputs()


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    counts = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    singles = [value for value, count in counts.items() if count == 1]
    assert len(singles) == 1 and all(count in (1, 2) for count in counts.values()), \
        "every value must appear twice except exactly one, which appears once"


def input_of_size(n, rng):
    pairs = max(0, min(n, N.max) - 1) // 2
    return {"nums": _nums(rng, pairs, 0)}
