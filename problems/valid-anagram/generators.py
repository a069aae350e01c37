"""Strings up to 5 * 10^4 letters: anagrams whose letters sit in opposite halves (removing letters one by one
scans half the list each time), near misses that keep the letter set or the sum of codes, unequal lengths."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(s) and len(t)", 1, 5 * 10**4)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
SIZE = "len(s)"


def _word(rng, n, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(rng, word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def _swap_codes(word):
    """One a and one d become b and c: the same length and code sum, a different multiset."""
    i, j = word.index("a"), word.index("d")
    letters = list(word)
    letters[i], letters[j] = "b", "c"
    return "".join(letters)


def hidden_cases():
    rng = random.Random(242)
    n = N.max
    half = n // 2
    word = _word(rng, n)
    cases = [
        ("largest, anagram, halves swapped", {"s": "z" * half + "a" * half, "t": "a" * half + "z" * half}),
        ("largest, random anagram", {"s": word, "t": _shuffled(rng, word)}),
        ("largest, identical", {"s": word, "t": word}),
        ("largest, same code sum, not an anagram", {"s": word, "t": _shuffled(rng, _swap_codes(word))}),
        ("largest, same letter set, one count moved", {"s": "a" * half + "b" * half,
                                                        "t": "a" * (half + 1) + "b" * (half - 1)}),
        ("largest, t one letter shorter", {"s": word, "t": _shuffled(rng, word[:-1])}),
        ("largest s, t one letter", {"s": word, "t": "q"}),
        ("largest t, extra letters only in t", {"s": "a" * (n - 1), "t": "a" * (n - 1) + "z"}),
        ("largest, one letter", {"s": "k" * n, "t": "k" * n}),
    ]
    for index in range(4):
        size = rng.randint(1, 3000)
        s = _word(rng, size, LETTERS[:rng.randint(1, 26)])
        t = _shuffled(rng, s) if index % 2 else _word(rng, size, LETTERS[:3])
        cases.append((f"random {index + 1}", {"s": s, "t": t}))
    return cases


@st.composite
def _inputs(draw):
    letters = st.text(alphabet="abcd", min_size=N.min, max_size=8)
    s = draw(letters)
    if draw(st.booleans()):
        return {"s": s, "t": "".join(draw(st.permutations(list(s))))}
    return {"s": s, "t": draw(letters)}


def strategy():
    return _inputs()


def validate(case):
    for name in ("s", "t"):
        value = case[name]
        assert isinstance(value, str), f"{name} must be a string"
        N.check(len(value), f"len({name})")
        assert set(value) <= set(LETTERS), f"{name} holds a character other than a-z"


def input_of_size(n, rng):
    word = _word(rng, max(N.min, min(n, N.max)))
    return {"s": word, "t": _shuffled(rng, word)}
