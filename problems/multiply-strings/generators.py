"""Numbers up to 200 digits: all nines (a carry in every slot), zero against the largest,
powers of ten, and random 200-digit pairs. Any num2 beyond a few million makes adding
num1 num2 times hopeless."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

LENGTH = Bound("len(num)", 1, 200)


def _number(rng, length):
    if length == 1:
        return str(rng.randint(0, 9))
    return str(rng.randint(1, 9)) + strings.random_string(rng, length - 1, strings.DIGITS)


def hidden_cases():
    rng = random.Random(43)
    nines = "9" * LENGTH.max
    return [
        ("largest, all nines", {"num1": nines, "num2": nines}),
        ("largest, random", {"num1": _number(rng, LENGTH.max), "num2": _number(rng, LENGTH.max)}),
        ("largest, powers of ten", {"num1": "1" + "0" * 199, "num2": "1" + "0" * 199}),
        ("largest times zero", {"num1": _number(rng, LENGTH.max), "num2": "0"}),
        ("zero times largest", {"num1": "0", "num2": nines}),
        ("largest times one", {"num1": _number(rng, LENGTH.max), "num2": "1"}),
        ("one digit times largest nines", {"num1": "7", "num2": nines}),
        ("largest, nines times a million", {"num1": nines, "num2": "1000000"}),
        ("largest, 100 and 200 digits", {"num1": _number(rng, 100), "num2": _number(rng, 200)}),
        ("carry cascade", {"num1": "9" * 50 + "1", "num2": "9" * 30}),
        ("zero times zero", {"num1": "0", "num2": "0"}),
        ("medium, random", {"num1": _number(rng, 20), "num2": _number(rng, 13)}),
    ]


def _numbers(max_digits=6):
    return st.one_of(
        st.just("0"),
        st.tuples(st.integers(1, 9), strings.strategy("0189", max_size=max_digits - 1)).map(lambda t: f"{t[0]}{t[1]}"),
    )


def strategy():
    return st.fixed_dictionaries({"num1": _numbers(), "num2": _numbers()})


def validate(case):
    for name in ("num1", "num2"):
        number = case[name]
        strings.check(number, strings.DIGITS, LENGTH.min, LENGTH.max, name)
        assert number == "0" or number[0] != "0", f"{name} = {number[:20]!r}... has a leading zero"


SIZE = "len(num1) = len(num2)"


def input_of_size(n, rng):
    length = LENGTH.clamp(n)
    return {"num1": _number(rng, length), "num2": _number(rng, length)}
