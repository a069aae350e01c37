"""Up to 300 words of up to 20 characters, widths from 1 to 100: lines that fill the width
exactly, lines of one long word (no gap to spread spaces over), spare spaces that do not
divide evenly, a last line of one word or of many."""

import random
import string

from hypothesis import strategies as st

from judge.kit import Bound, strings

COUNT = Bound("len(words)", 1, 300)
LENGTH = Bound("len(words[i])", 1, 20)
WIDTH = Bound("maxWidth", 1, 100)
CHARS = string.ascii_letters + "!?.,;:'-()&"


def _words(rng, count, shortest, longest, alphabet=CHARS):
    return [strings.random_string(rng, rng.randint(shortest, longest), alphabet) for _ in range(count)]


def _exact_lines(rng, width, lines):
    """Words that fill each of `lines` lines of `width` exactly (greedy packing makes the same cut)."""
    words = []
    for _ in range(lines):
        left = width
        while left:
            size = min(left, rng.randint(1, min(LENGTH.max, width)))
            if left - size == 1:  # a gap must be followed by a word of at least one letter
                size = left
            if size > LENGTH.max:
                size = LENGTH.max
            words.append(strings.random_string(rng, size))
            left -= size
            if left:
                left -= 1
    return words


def hidden_cases():
    rng = random.Random(68)
    cases = [
        ("largest, short words, widest", {"words": _words(rng, COUNT.max, 1, 4), "maxWidth": WIDTH.max}),
        ("largest, long words, widest", {"words": _words(rng, COUNT.max, 15, 20), "maxWidth": WIDTH.max}),
        ("largest, random, width 33", {"words": _words(rng, COUNT.max, 1, 20), "maxWidth": 33}),
        ("largest, every word as wide as the line", {"words": _words(rng, COUNT.max, 20, 20), "maxWidth": 20}),
        ("largest, one-letter words, width 1", {"words": _words(rng, COUNT.max, 1, 1), "maxWidth": 1}),
        ("largest, two words never fit together", {"words": _words(rng, COUNT.max, 11, 20), "maxWidth": 21}),
        ("largest, lines filled exactly", {"words": _exact_lines(rng, 40, 60)[:COUNT.max], "maxWidth": 40}),
        ("one word", {"words": ["justify"], "maxWidth": 10}),
        ("one word as wide as the line", {"words": ["abc"], "maxWidth": 3}),
        ("last line of one word", {"words": ["aa", "bb", "cc", "dddddd"], "maxWidth": 8}),
        ("spare spaces do not divide evenly", {"words": ["a", "b", "c", "d", "eeeeeeeeeeee"], "maxWidth": 12}),
    ]
    return cases


@st.composite
def _case(draw):
    width = draw(st.integers(1, 12))
    words = draw(st.lists(st.text(alphabet="ab", min_size=1, max_size=min(width, 6)), min_size=1, max_size=10))
    return {"words": words, "maxWidth": width}


def strategy():
    return _case()


def validate(case):
    words, width = case["words"], case["maxWidth"]
    assert isinstance(words, list), "words must be a list"
    COUNT.check(len(words))
    WIDTH.check(width)
    for index, word in enumerate(words):
        strings.check(word, CHARS + string.digits, LENGTH.min, min(LENGTH.max, width), f"words[{index}]")


SIZE = "len(words)"


def input_of_size(n, rng):
    return {"words": _words(rng, COUNT.clamp(n), 1, 20), "maxWidth": WIDTH.max}
