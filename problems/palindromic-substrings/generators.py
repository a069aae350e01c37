"""Strings up to 1000 letters: one letter throughout (the most palindromes), two letters, periodic, random."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 1000)
SIZE = "len(s)"


def _mirrored(half):
    return half + half[::-1]


def hidden_cases():
    rng = random.Random(647)
    big = N.max
    cases = [
        ("one letter", {"s": "q"}),
        ("two equal letters", {"s": "zz"}),
        ("two different letters", {"s": "az"}),
        ("even palindrome at the end", {"s": "abcc"}),
        ("repeated words", {"s": "abaaba"}),
        ("largest, one letter", {"s": "a" * big}),
        ("largest, one letter but the middle", {"s": "a" * 499 + "b" + "a" * 500}),
        ("largest, two letters", {"s": strings.random_string(rng, big, "ab")}),
        ("largest, period 2", {"s": "ab" * 500}),
        ("largest, period 3", {"s": strings.periodic(rng, big, 3, "abc")}),
        ("largest, random", {"s": strings.random_string(rng, big)}),
        ("largest, a random half and its mirror", {"s": _mirrored(strings.random_string(rng, big // 2))}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"s": strings.random_string(r, r.randint(1, big), r.choice(("ab", "abc", strings.LOWER)))}))
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("abc", 1, 12)})


def validate(case):
    strings.check(case["s"], strings.LOWER, N.min, N.max)


def input_of_size(n, rng):
    return {"s": strings.random_string(rng, N.clamp(n), "ab")}
