"""Digit strings of every length from 1 to 20: zeros (leading-zero traps), 255/256 at the edge, and
strings too short or too long for any address."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 20)
SIZE = "len(s)"


def hidden_cases():
    rng = random.Random(93)
    cases = [(f"random digits, length {n}", {"s": strings.random_string(rng, n, strings.DIGITS)})
             for n in range(1, 21)]
    cases += [(f"random 0 1 2 5, length {n}", {"s": strings.random_string(rng, n, "0125")}) for n in range(4, 13)]
    cases += [
        ("four zeros", {"s": "0000"}),
        ("five zeros", {"s": "00000"}),
        ("three digits", {"s": "111"}),
        ("all 255", {"s": "255255255255"}),
        ("all 256", {"s": "256256256256"}),
        ("255 and 256 mixed", {"s": "2552562550"}),
        ("zero parts in the middle", {"s": "1000010"}),
        ("leading zero traps", {"s": "010010"}),
        ("longest with an answer, twelve 1s", {"s": "1" * 12}),
        ("thirteen 1s", {"s": "1" * 13}),
        ("largest, twenty 9s", {"s": "9" * 20}),
        ("largest, twenty 0s", {"s": "0" * 20}),
        ("twelve 9s", {"s": "9" * 12}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("0125", min_size=1, max_size=13)})


def validate(case):
    strings.check(case["s"], strings.DIGITS, min_len=N.min, max_len=N.max)


def input_of_size(n, rng):
    return {"s": strings.random_string(rng, N.clamp(n), strings.DIGITS)}
