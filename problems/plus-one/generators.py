"""Numbers up to 100 digits: all nines (a new digit), long runs of trailing nines, zero."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(digits)", 1, 100)
DIGIT = Bound("digits[i]", 0, 9)


def _number(rng, length, trailing_nines=0):
    """A `length`-digit number without a leading zero ending in exactly `trailing_nines` nines."""
    body = length - trailing_nines
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(body - 1)] if body > 0 else []
    if digits and trailing_nines:
        digits[-1] = rng.randint(1 if body == 1 else 0, 8)
    return digits + [9] * trailing_nines


def hidden_cases():
    rng = random.Random(66)
    return [
        ("largest, all nines", {"digits": [9] * N.max}),
        ("largest, 99 trailing nines after a 1", {"digits": [1] + [9] * (N.max - 1)}),
        ("largest, 99 trailing nines after an 8", {"digits": [8] + [9] * (N.max - 1)}),
        ("largest, 50 trailing nines", {"digits": _number(rng, N.max, 50)}),
        ("largest, two trailing nines", {"digits": _number(rng, N.max, 2)}),
        ("largest, random", {"digits": _number(rng, N.max)}),
        ("largest, 1 then zeros", {"digits": [1] + [0] * (N.max - 1)}),
        ("zero", {"digits": [0]}),
        ("nine", {"digits": [9]}),
        ("eight", {"digits": [8]}),
        ("ninety-nine", {"digits": [9, 9]}),
        ("one hundred ninety-nine", {"digits": [1, 9, 9]}),
    ]


@st.composite
def _digits(draw):
    length = draw(st.integers(1, 8))
    if length == 1:
        return [draw(DIGIT.integers())]
    nines = draw(st.integers(0, length))
    head = [draw(st.integers(1, 9))] + draw(st.lists(DIGIT.integers(), min_size=length - 1, max_size=length - 1))
    return head[:length - nines] + [9] * nines if nines < length else [9] * length


def strategy():
    return st.fixed_dictionaries({"digits": _digits()})


def validate(case):
    digits = case["digits"]
    assert isinstance(digits, list), "digits must be a list"
    N.check(len(digits))
    DIGIT.check_all(digits, "digits[i]")
    assert digits[0] != 0 or digits == [0], f"digits = {digits[:5]}... has a leading zero"


SIZE = "len(digits) (all nines)"


def input_of_size(n, rng):
    return {"digits": [9] * N.clamp(n)}
