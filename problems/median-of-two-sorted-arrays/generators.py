"""Up to 1000 + 1000 numbers: one list empty, one list entirely below the other, interleaved, repeats."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

LENGTH = Bound("m, n", 0, 1000)
TOTAL = Bound("m + n", 1, 2000)
VALUE = Bound("nums1[i], nums2[i]", -10**6, 10**6)
SIZE = "m + n"


def _pair(rng, m, n, low=VALUE.min, high=VALUE.max):
    return {"nums1": sorted(rng.randint(low, high) for _ in range(m)),
            "nums2": sorted(rng.randint(low, high) for _ in range(n))}


def hidden_cases():
    rng = random.Random(4)
    big = LENGTH.max
    return [
        ("nums1 empty, one number", {"nums1": [], "nums2": [5]}),
        ("nums2 empty, two numbers", {"nums1": [-3, 4], "nums2": []}),
        ("one number each", {"nums1": [1], "nums2": [2]}),
        ("largest, nums1 empty", _pair(rng, 0, big)),
        ("largest, nums2 empty, odd", _pair(rng, big - 1, 0)),
        ("largest, random", _pair(rng, big, big)),
        ("largest, random, odd total", _pair(rng, big, big - 1)),
        ("largest, nums1 entirely below nums2", {"nums1": list(range(-big, 0)), "nums2": list(range(big))}),
        ("largest, nums2 entirely below nums1", {"nums1": list(range(big, 2 * big)), "nums2": list(range(big))}),
        ("largest, interleaved", {"nums1": list(range(0, 2 * big, 2)), "nums2": list(range(1, 2 * big, 2))}),
        ("largest, one number against a thousand", _pair(rng, 1, big)),
        ("largest, many repeats", _pair(rng, big, big, -2, 2)),
        ("largest, middle numbers average to a half", {"nums1": [VALUE.min] * big, "nums2": [VALUE.max - 1] * big}),
        ("largest, extremes", {"nums1": [VALUE.min] * 999 + [VALUE.max], "nums2": [VALUE.max] * big}),
        *[(f"random {i}", _pair(rng, rng.randint(0, 9), rng.randint(1, 9), -20, 20)) for i in range(6)],
    ]


@st.composite
def _inputs(draw):
    number = st.integers(-20, 20)
    nums1 = draw(st.lists(number, max_size=7))
    nums2 = draw(st.lists(number, min_size=0 if nums1 else 1, max_size=7))
    return {"nums1": sorted(nums1), "nums2": sorted(nums2)}


def strategy():
    return _inputs()


def validate(case):
    nums1, nums2 = case["nums1"], case["nums2"]
    assert isinstance(nums1, list) and isinstance(nums2, list), "nums1 and nums2 must be lists"
    LENGTH.check(len(nums1), "m")
    LENGTH.check(len(nums2), "n")
    TOTAL.check(len(nums1) + len(nums2))
    VALUE.check_all(nums1, "nums1")
    VALUE.check_all(nums2, "nums2")
    assert nums1 == sorted(nums1), "nums1 must be sorted"
    assert nums2 == sorted(nums2), "nums2 must be sorted"


def input_of_size(size, rng):
    size = TOTAL.clamp(size)
    return _pair(rng, size // 2, size - size // 2)
