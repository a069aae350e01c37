"""Strings of up to 10^5 letters: two letters only (the answer is all of s, and every start of a
search from every start runs to the end), runs that the window must keep whole, three letters cycling."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 10**5)
SIZE = "len(s)"


def _runs(rng, n, alphabet, longest):
    """Runs of random letters of random lengths up to `longest`, no two neighbouring runs alike."""
    out, last = [], None
    while len(out) < n:
        char = rng.choice([c for c in alphabet if c != last])
        out += [char] * rng.randint(1, longest)
        last = char
    return "".join(out[:n])


def hidden_cases():
    rng = random.Random(159)
    big = N.max
    cases = [
        ("largest, two letters only", {"s": strings.random_string(rng, big, "ab")}),
        ("largest, one letter", {"s": "Z" * big}),
        ("largest, three letters cycling", {"s": "abc" * (big // 3) + "a"}),
        ("largest, runs of three letters", {"s": _runs(rng, big, "abc", 50)}),
        ("largest, long runs, best window with a long middle run", {"s": _runs(rng, big, "xyz", 3000)}),
        ("largest, all 52 letters at random", {"s": strings.random_string(rng, big, strings.LETTERS)}),
        ("largest, a and A", {"s": strings.random_string(rng, big - 1, "aA") + "b"}),
        ("largest, best window at the very end", {"s": "abc" * 10000 + strings.random_string(rng, big - 30000, "pq")}),
        ("largest, best window at the very start", {"s": strings.random_string(rng, big - 30000, "pq") + "abc" * 10000}),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"s": _runs(r, r.randint(1, 40), "abcd", 4)}))
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("abcA", 1, 12)})


def validate(case):
    strings.check(case["s"], strings.LETTERS, N.min, N.max)


def input_of_size(n, rng):
    return {"s": _runs(rng, N.clamp(n), "abc", 20)}
