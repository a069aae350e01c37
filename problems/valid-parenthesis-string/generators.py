"""Up to 100 characters: long runs of stars whose answer is false (3^k for a search), stars in the wrong place."""

import random

from hypothesis import strategies as st

from judge.kit import strings

ALPHABET = "()*"
MAX_LEN = 100
SIZE = "len(s)"


def _balanced(rng, pairs):
    """A random balanced string of `pairs` pairs."""
    out, opened, remaining = [], 0, pairs
    while remaining or opened:
        if remaining and (not opened or rng.random() < 0.5):
            out.append("(")
            opened, remaining = opened + 1, remaining - 1
        else:
            out.append(")")
            opened -= 1
    return "".join(out)


def _sprinkle(rng, text, stars, length):
    """Insert stars at random places, then trim to `length`."""
    chars = list(text)
    for _ in range(stars):
        chars.insert(rng.randint(0, len(chars)), "*")
    return "".join(chars[:length])


def hidden_cases():
    rng = random.Random(678)
    cases = [
        ("largest, stars then opens, false", "*" * 50 + "(" * 50),
        ("largest, stars then one open too many, false", "*" * 60 + "(" * 21 + ")" * 19),
        ("largest, stars around, last char open, false", "*" * 99 + "("),
        ("largest, first char close, false", ")" + "*" * 99),
        ("largest, all stars", "*" * 100),
        ("largest, all opens", "(" * 100),
        ("largest, nested", "(" * 50 + ")" * 50),
        ("largest, stars close deep nesting", "(" * 50 + "*" * 50),
        ("largest, star left of the open it would close", "(" * 49 + "*" * 48 + "*((" ),
    ]
    for i in range(6):
        balanced = _balanced(rng, 35)
        cases.append((f"largest, balanced with stars {i}", _sprinkle(rng, balanced, 30, MAX_LEN)))
    for i in range(6):
        cases.append((f"largest random {i}", strings.random_string(rng, MAX_LEN, ALPHABET)))
    return [(name, {"s": s}) for name, s in cases]


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy(ALPHABET, 1, 12)})


def validate(case):
    strings.check(case["s"], ALPHABET, 1, MAX_LEN)


def input_of_size(n, rng):
    return {"s": strings.random_string(rng, max(1, min(n, MAX_LEN)), ALPHABET)}
