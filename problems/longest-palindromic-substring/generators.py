"""Strings of the largest length, 1000: one of all equal characters makes an O(n^3) check time out."""

import random
import string

from hypothesis import strategies as st

N = 1000
ALPHABET = string.ascii_letters + string.digits


def _random(rng, n, alphabet=ALPHABET):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _embedded(seed, half, even):
    """A long palindrome hidden in random text."""
    rng = random.Random(seed)
    side = _random(rng, half)
    middle = "" if even else rng.choice(ALPHABET)
    palindrome = side + middle + side[::-1]
    left = _random(rng, (N - len(palindrome)) // 2)
    return {"s": left + palindrome + _random(rng, N - len(palindrome) - len(left))}


def _mirrored_not_palindrome(seed):
    """X + Y + reverse(X) where Y is not a palindrome: X also occurs reversed, but is no answer."""
    rng = random.Random(seed)
    x = _random(rng, 450)
    return {"s": x + "0123456789" * 10 + x[::-1]}


def hidden_cases():
    rng = random.Random(1)
    return [
        ("largest, one character", {"s": "a" * N}),
        ("largest, two characters alternating", {"s": "ab" * (N // 2)}),
        ("largest, random over a and b", {"s": _random(rng, N, "ab")}),
        ("largest, random letters and digits", {"s": _random(rng, N)}),
        ("largest, odd palindrome inside", _embedded(2, 150, even=False)),
        ("largest, even palindrome inside", _embedded(3, 200, even=True)),
        ("largest, mirrored halves", _mirrored_not_palindrome(4)),
        ("largest, aab repeated", {"s": ("aab" * N)[:N]}),
        ("medium, random over abc", {"s": _random(rng, 300, "abc")}),
    ]


def strategy():
    return st.fixed_dictionaries({"s": st.text(alphabet="abcA", min_size=1, max_size=12)})


def validate(case):
    s = case["s"]
    assert isinstance(s, str), "s must be a string"
    assert 1 <= len(s) <= N, f"len(s) = {len(s)} is outside 1..1000"
    assert all(ch in ALPHABET for ch in s), "s may hold only digits and English letters"


SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": _random(rng, max(1, n))}
