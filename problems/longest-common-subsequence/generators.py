"""Strings up to 1000 letters: no shared letter, one inside the other, greedy traps, reversed, random."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(text1), len(text2)", 1, 1000)
SIZE = "len(text1) = len(text2)"


def _subsequence(rng, text, keep):
    return "".join(letter for letter in text if rng.random() < keep) or text[0]


def hidden_cases():
    rng = random.Random(1143)
    big = N.max
    base = strings.random_string(rng, big, "abcd")
    cases = [
        ("one letter each, equal", {"text1": "a", "text2": "a"}),
        ("one letter each, different", {"text1": "a", "text2": "b"}),
        ("greedy first match wastes text2", {"text1": "abcde", "text2": "bcdea"}),
        ("same letters, reversed order", {"text1": "abc", "text2": "cba"}),
        ("letters apart in text2", {"text1": "ace", "text2": "abcde"}),
        ("largest, no shared letter", {"text1": strings.random_string(rng, big, "abcdefghijklm"),
                                       "text2": strings.random_string(rng, big, "nopqrstuvwxyz")}),
        ("largest, equal strings", {"text1": base, "text2": base}),
        ("largest, one a subsequence of the other", {"text1": base, "text2": _subsequence(rng, base, 0.5)}),
        ("largest, reversed", {"text1": base, "text2": base[::-1]}),
        ("largest, random two letters", {"text1": strings.random_string(rng, big, "ab"),
                                         "text2": strings.random_string(rng, big, "ab")}),
        ("largest, random 26 letters", {"text1": strings.random_string(rng, big),
                                        "text2": strings.random_string(rng, big)}),
        ("largest, greedy trap: a rare letter first", {"text1": "z" + "ab" * 499 + "c",
                                                       "text2": "ab" * 499 + "cz"}),
        ("longest against one letter", {"text1": strings.random_string(rng, big), "text2": "q"}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        alphabet = r.choice(("ab", "abcd", strings.LOWER))
        cases.append((f"random {seed}", {"text1": strings.random_string(r, r.randint(1, big), alphabet),
                                         "text2": strings.random_string(r, r.randint(1, big), alphabet)}))
    return cases


def strategy():
    return st.fixed_dictionaries({"text1": strings.strategy("abc", 1, 8), "text2": strings.strategy("abc", 1, 8)})


def validate(case):
    for name in ("text1", "text2"):
        strings.check(case[name], strings.LOWER, N.min, N.max, what=name)


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"text1": strings.random_string(rng, n, "abcd"), "text2": strings.random_string(rng, n, "abcd")}
