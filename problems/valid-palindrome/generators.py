"""Strings up to 2 * 10^5 printable ASCII characters: palindromes hidden under mixed case and
runs of punctuation, near-misses whose only difference is deep inside, and digits next to
letters 32 codes away ('0' and 'P', '1' and 'Q') that a case-insensitive shortcut confuses."""

import random
import string

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 2 * 10**5)
PRINTABLE = "".join(chr(code) for code in range(32, 127))
SEPARATORS = "".join(c for c in PRINTABLE if not c.isalnum())


def _dressed(rng, core, separator_rate=0.3, longest_run=3):
    """`core` (letters and digits) with random case and runs of punctuation between its characters."""
    out = []
    for char in core:
        if rng.random() < separator_rate:
            out.append(strings.random_string(rng, rng.randint(1, longest_run), SEPARATORS))
        out.append(char.upper() if rng.random() < 0.5 else char)
    return "".join(out)


def _palindrome_core(rng, length, alphabet=string.ascii_lowercase + string.digits):
    half = strings.random_string(rng, length // 2, alphabet)
    middle = strings.random_string(rng, length % 2, alphabet)
    return half + middle + half[::-1]


def _largest_palindrome(seed, alphabet=string.ascii_lowercase + string.digits, mismatch=None):
    """A dressed palindrome of about N.max characters; `mismatch` swaps the core's middle-left character."""
    rng = random.Random(seed)
    core = list(_palindrome_core(rng, 140_000, alphabet))
    if mismatch is not None:
        core[len(core) // 2 - 1] = mismatch[0]
        core[len(core) - len(core) // 2] = mismatch[1]
    text = _dressed(rng, "".join(core), separator_rate=0.25, longest_run=2)
    assert len(text) <= N.max, len(text)
    return {"s": text}


def hidden_cases():
    rng = random.Random(125)
    return [
        ("largest, dressed palindrome", _largest_palindrome(1)),
        ("largest, dressed, one mismatch in the middle", _largest_palindrome(2, mismatch="ab")),
        ("largest, digit against the letter 32 codes above", _largest_palindrome(3, mismatch="0P")),
        ("largest, letter against the digit 32 codes below", _largest_palindrome(4, mismatch="q1")),
        ("largest, digits only, mismatch in the middle", _largest_palindrome(5, string.digits, mismatch="38")),
        ("largest, only punctuation and spaces", {"s": strings.random_string(rng, N.max, SEPARATORS)}),
        ("largest, one letter", {"s": "a" * N.max}),
        ("largest, one letter in both cases", {"s": "".join(rng.choice("aA") for _ in range(N.max))}),
        ("largest, random printable", {"s": strings.random_string(rng, N.max, PRINTABLE)}),
        ("largest, long separator runs around a palindrome",
         {"s": _dressed(rng, _palindrome_core(rng, 10_000), separator_rate=0.9, longest_run=20)[:N.max]}),
        ("largest, letters only on one side", {"s": "ab" + " " * (N.max - 2)}),
    ]


@st.composite
def _dressed_palindrome(draw):
    half = draw(st.text(alphabet="ab0P1q", max_size=5))
    core = half + draw(st.text(alphabet="ab0P", max_size=1)) + half[::-1]
    out = []
    for char in core:
        out.append(draw(st.text(alphabet=" ,.:!", max_size=2)))
        out.append(char.upper() if draw(st.booleans()) else char)
    text = "".join(out) + draw(st.text(alphabet=" ,.", max_size=2))
    return text or " "


def strategy():
    return st.fixed_dictionaries({"s": st.one_of(
        _dressed_palindrome(),
        strings.strategy("aAbB0P1Q ,.:", min_size=1, max_size=10),
    )})


def validate(case):
    strings.check(case["s"], PRINTABLE, N.min, N.max)


SIZE = "len(s)"


def input_of_size(n, rng):
    """A dressed palindrome of about n characters (a palindrome, so nothing stops early)."""
    core = _palindrome_core(rng, max(1, min(n, N.max) * 3 // 4))
    return {"s": _dressed(rng, core, separator_rate=0.25, longest_run=2)[:N.max]}
