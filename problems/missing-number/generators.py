"""n up to 10^4: the missing number 0, n or in the middle, shuffled, sorted and reversed."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 10**4)
SIZE = "n = len(nums)"


def _nums(rng, n, missing, order="shuffled"):
    nums = [number for number in range(n + 1) if number != missing]
    if order == "shuffled":
        rng.shuffle(nums)
    elif order == "reversed":
        nums.reverse()
    return nums


def hidden_cases():
    rng = random.Random(268)
    n = N.max
    cases = [
        ("largest, n missing, shuffled", {"nums": _nums(rng, n, n)}),
        ("largest, n missing, sorted", {"nums": _nums(rng, n, n, "sorted")}),
        ("largest, 0 missing", {"nums": _nums(rng, n, 0)}),
        ("largest, the middle missing, sorted", {"nums": _nums(rng, n, n // 2, "sorted")}),
        ("largest, n - 1 missing, reversed", {"nums": _nums(rng, n, n - 1, "reversed")}),
        ("largest, 1 missing", {"nums": _nums(rng, n, 1)}),
    ]
    for index in range(6):
        size = rng.randint(1, 50)
        cases.append((f"random {index + 1}", {"nums": _nums(rng, size, rng.randint(0, size))}))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(N.min, 10))
    missing = draw(st.integers(0, n))
    return {"nums": draw(st.permutations([number for number in range(n + 1) if number != missing]))}


def strategy():
    return _inputs()


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    n = len(nums)
    N.check(n, "n = len(nums)")
    Bound("nums[i]", 0, n).check_all(nums)
    assert len(set(nums)) == n, "the numbers of nums must be distinct"


def input_of_size(n, rng):
    size = N.clamp(n)
    return {"nums": _nums(rng, size, rng.randint(0, size))}
