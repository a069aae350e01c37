"""Strings over an alphabet, random or shaped to break the usual shortcuts."""

from __future__ import annotations

import random
import string as _string

from hypothesis import strategies as st

from judge.kit.bounds import Bound

LOWER = _string.ascii_lowercase
UPPER = _string.ascii_uppercase
LETTERS = _string.ascii_letters
DIGITS = _string.digits
ALNUM = LETTERS + DIGITS


def random_string(rng: random.Random, n: int, alphabet: str = LOWER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def periodic(rng: random.Random, n: int, period: int, alphabet: str = LOWER) -> str:
    """A random block of `period` letters repeated to length n: many equal substrings."""
    block = random_string(rng, period, alphabet)
    return (block * (n // period + 1))[:n]


def words(rng: random.Random, count: int, min_len: int, max_len: int, alphabet: str = LOWER) -> list[str]:
    return [random_string(rng, rng.randint(min_len, max_len), alphabet) for _ in range(count)]


def check(text, alphabet: str, min_len: int = 0, max_len: int | None = None, what: str = "s") -> None:
    """AssertionError naming the first character outside `alphabet` or the length out of range."""
    assert isinstance(text, str), f"{what} must be a string, found {type(text).__name__}"
    assert len(text) >= min_len, f"len({what}) = {len(text)}, at least {min_len}"
    assert max_len is None or len(text) <= max_len, f"len({what}) = {len(text)}, at most {max_len}"
    allowed = set(alphabet)
    for index, char in enumerate(text):
        assert char in allowed, f"{what}[{index}] = {char!r} is not one of {alphabet!r:.60}"


def strategy(alphabet: str = "abc", min_size: int = 0, max_size: int = 10) -> st.SearchStrategy[str]:
    """Hypothesis strings over a small alphabet (few letters make repeats, which break wrong answers)."""
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


def ladder_strategy(max_length: int, max_words: int) -> st.SearchStrategy[dict]:
    """Word-ladder inputs {beginWord, endWord, wordList} over "abc": words of one length, distinct, the end
    word in the list or not, never the begin word (few letters make many ladders, and none)."""

    @st.composite
    def inputs(draw):
        length = draw(st.integers(1, max_length))
        word = st.text(alphabet="abc", min_size=length, max_size=length)
        words = draw(st.lists(word, min_size=1, max_size=max_words, unique=True))
        begin = draw(word)
        end = draw(st.one_of(st.sampled_from(words), word).filter(lambda w: w != begin))
        return {"beginWord": begin, "endWord": end, "wordList": words}

    return inputs()


def check_ladder(case: dict, length: Bound, count: Bound) -> None:
    """A word-ladder input as LeetCode states it: lowercase words of one length within `length`, distinct,
    `count` of them in wordList, and a begin word that is not the end word."""
    begin, end, words = case["beginWord"], case["endWord"], case["wordList"]
    check(begin, LOWER, length.min, length.max, "beginWord")
    check(end, LOWER, len(begin), len(begin), "endWord")
    assert begin != end, "beginWord and endWord must differ"
    assert isinstance(words, list), "wordList must be a list"
    count.check(len(words))
    for index, word in enumerate(words):
        check(word, LOWER, len(begin), len(begin), f"wordList[{index}]")
    assert len(set(words)) == len(words), "the words in wordList must be distinct"
