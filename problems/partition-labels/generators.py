"""Strings up to 500 letters: one part, every letter its own part, nested and chained spans, random."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 500)
SIZE = "len(s)"


def _blocks(rng, n, alphabet=strings.LOWER):
    """Blocks of letters that each use their own letters, so the answer has many parts."""
    letters = list(alphabet)
    rng.shuffle(letters)
    out, i = [], 0
    while len(out) < n and i < len(letters):
        group = letters[i:i + rng.randint(1, 3)]
        i += len(group)
        out += [rng.choice(group) for _ in range(rng.randint(1, 40))] + group
    return "".join(out[:n]) or "a"


def hidden_cases():
    rng = random.Random(763)
    big = N.max
    cases = [
        ("one letter", {"s": "q"}),
        ("all different", {"s": "abcdefghijklmnopqrstuvwxyz"}),
        ("first letter ends last", {"s": "abcba"}),
        ("a letter inside ends later", {"s": "abac"}),
        ("chained spans", {"s": "abacbdcd" + "ee"}),
        ("a part closes at a letter seen before", {"s": "abcbade"}),
        ("largest, one letter", {"s": "z" * big}),
        ("largest, starts and ends with the same letter", {"s": "a" + strings.random_string(rng, big - 2) + "a"}),
        ("largest, blocks", {"s": _blocks(rng, big)}),
        ("largest, random", {"s": strings.random_string(rng, big)}),
        ("largest, 25 letters in 9 rounds, then a run of a", {"s": "".join(c * 2 for c in strings.LOWER[1:]) * 9 + "a" * 50}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"s": _blocks(r, r.randint(1, big))}))
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("abcd", 1, 12)})


def validate(case):
    strings.check(case["s"], strings.LOWER, N.min, N.max)


def input_of_size(n, rng):
    return {"s": _blocks(rng, N.clamp(n))}
