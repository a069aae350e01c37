"""Up to 200 numbers: one side empty, all of nums2 smaller or larger, interleaved, many repeats."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

COUNT = Bound("m, n", 0, 200)
TOTAL = Bound("m + n", 1, 200)
VALUE = Bound("nums1[i], nums2[j]", -10**9, 10**9)
SIZE = "m + n"


def _case(mine, theirs):
    mine, theirs = sorted(mine), sorted(theirs)
    return {"nums1": mine + [0] * len(theirs), "m": len(mine), "nums2": theirs, "n": len(theirs)}


def hidden_cases():
    rng = random.Random(88)
    half = TOTAL.max // 2
    return [
        ("nums2 empty", _case(VALUE.sample(rng, 5), [])),
        ("nums1 has only room", _case([], VALUE.sample(rng, 5))),
        ("largest, nums1 has only room", _case([], VALUE.sample(rng, TOTAL.max))),
        ("largest, random halves", _case(VALUE.sample(rng, half), VALUE.sample(rng, half))),
        ("largest, nums2 all smaller", _case(list(range(half)), list(range(-half, 0)))),
        ("largest, nums2 all larger", _case(list(range(half)), list(range(half, 2 * half)))),
        ("largest, interleaved", _case(list(range(0, TOTAL.max, 2)), list(range(1, TOTAL.max, 2)))),
        ("largest, extremes and repeats", _case([VALUE.min] * 50 + [VALUE.max] * 50, [0] * 50 + [VALUE.min] * 50)),
        ("largest, uneven", _case(VALUE.sample(rng, 190), VALUE.sample(rng, 10))),
        ("largest, nums2 all zeros, like the room", _case([1] * 100, [0] * 100)),
    ]


@st.composite
def _inputs(draw):
    number = st.integers(-10, 10)
    mine = draw(st.lists(number, max_size=6))
    theirs = draw(st.lists(number, min_size=0 if mine else 1, max_size=6))
    return _case(mine, theirs)


def strategy():
    return _inputs()


def validate(case):
    nums1, m, nums2, n = case["nums1"], case["m"], case["nums2"], case["n"]
    COUNT.check(m, "m")
    COUNT.check(n, "n")
    TOTAL.check(m + n)
    assert len(nums1) == m + n, f"len(nums1) = {len(nums1)}, must be m + n = {m + n}"
    assert len(nums2) == n, f"len(nums2) = {len(nums2)}, must be n = {n}"
    VALUE.check_all(nums1, "nums1")
    VALUE.check_all(nums2, "nums2")
    assert nums1[:m] == sorted(nums1[:m]), "nums1[:m] must be sorted"
    assert nums2 == sorted(nums2), "nums2 must be sorted"
    assert nums1[m:] == [0] * n, "nums1[m:] must be n zeros (room for nums2)"


def input_of_size(size, rng):
    size = TOTAL.clamp(size)
    m = size - size // 2  # a fixed split, so the input grows with size
    return _case(VALUE.sample(rng, m), VALUE.sample(rng, size - m))
