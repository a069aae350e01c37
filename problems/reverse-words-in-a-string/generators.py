"""Strings up to 10^4 characters: runs of spaces everywhere, a word flush with the end,
one long word, many one-letter words."""

import random
import string

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 10**4)
WORD = string.ascii_letters + string.digits
ALPHABET = WORD + " "


def _sentence(rng, length, longest_word, longest_gap, lead=True, trail=True):
    """About `length` characters of words and space runs; always at least one word."""
    parts = [" " * rng.randint(1, longest_gap)] if lead else []
    size = sum(map(len, parts))
    while True:
        word = strings.random_string(rng, rng.randint(1, longest_word), WORD)
        gap = " " * rng.randint(1, longest_gap)
        if size + len(word) + len(gap) > length:
            break
        parts += [word, gap]
        size += len(word) + len(gap)
    if not trail and len(parts) > 1:
        parts.pop()
    text = "".join(parts)
    return text if text.strip() else "a"


def hidden_cases():
    rng = random.Random(151)
    return [
        ("largest, one-letter words, single spaces, no edge spaces",
         {"s": " ".join(strings.random_string(rng, N.max // 2, WORD))}),
        ("largest, runs of spaces everywhere", {"s": _sentence(rng, N.max, 6, 5)}),
        ("largest, ends with a word", {"s": _sentence(rng, N.max, 8, 3, lead=True, trail=False)}),
        ("largest, one word", {"s": strings.random_string(rng, N.max, WORD)}),
        ("largest, one word in spaces", {"s": " " * 4000 + strings.random_string(rng, 2000, WORD) + " " * 4000}),
        ("largest, two words far apart", {"s": "ab" + " " * (N.max - 4) + "cd"}),
        ("one letter", {"s": "x"}),
        ("one letter after spaces", {"s": "   7"}),
        ("medium, random", {"s": _sentence(rng, 300, 12, 4, lead=False, trail=False)}),
    ]


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("ab1 ", min_size=1, max_size=12).filter(str.strip)})


def validate(case):
    s = case["s"]
    strings.check(s, ALPHABET, N.min, N.max)
    assert s.strip(), "s must have at least one word"


SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": _sentence(rng, N.clamp(n), 6, 3)}
