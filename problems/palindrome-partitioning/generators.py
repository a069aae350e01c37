"""The largest strings (16 letters): one repeated letter (2^15 partitions), periodic and random ones."""

import random

from hypothesis import strategies as st

from judge.kit import strings

MAX_LEN = 16
SIZE = "len(s)"


def hidden_cases():
    rng = random.Random(131)
    cases = [
        ("largest, one letter repeated", "a" * MAX_LEN),
        ("largest, two letters alternating", "ab" * (MAX_LEN // 2)),
        ("largest, a long palindrome", "abcdefgh" + "hgfedcba"),
        ("largest, period 3", strings.periodic(rng, MAX_LEN, 3, "ab")),
        ("largest, no palindrome longer than a letter", strings.LOWER[:MAX_LEN]),
        ("largest, two blocks", "a" * 8 + "b" * 8),
        ("single letter", "z"),
    ]
    cases += [(f"largest random over ab {i}", strings.random_string(rng, MAX_LEN, "ab")) for i in range(4)]
    cases += [(f"random {i}", strings.random_string(rng, rng.randint(1, MAX_LEN), "abc")) for i in range(6)]
    return [(name, {"s": s}) for name, s in cases]


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("abc", 1, 10)})


def validate(case):
    strings.check(case["s"], strings.LOWER, 1, MAX_LEN)


def input_of_size(n, rng):
    return {"s": strings.random_string(rng, max(1, min(n, MAX_LEN)), "ab")}
