"""s up to 20 letters with up to 1000 dictionary words: runs of "a" that split in tens of thousands of
ways, the same run ending in "b" (no sentence at all, after exponentially many dead ends for a search
without memory), words of the longest length ending the string, and random dictionaries."""

import random
from functools import lru_cache

from hypothesis import strategies as st

from judge.kit import Bound, strings

S = Bound("len(s)", 1, 20)
D = Bound("len(wordDict)", 1, 1000)
W = Bound("len(wordDict[i])", 1, 10)
MAX_SENTENCES = 10**5
SIZE = "len(s) (a run of 'a' with the words a and aa)"


def count_sentences(s, words):
    words = set(words)

    @lru_cache(maxsize=None)
    def count(start):
        if start == len(s):
            return 1
        return sum(count(end) for end in range(start + 1, min(len(s), start + 10) + 1) if s[start:end] in words)

    return count(0)


def unique_words(rng, count, alphabet, avoid=()):
    """`count` distinct random words of 1 to 10 letters, none in `avoid`, in the order drawn."""
    taken, words = set(avoid), []
    while len(words) < count:
        word = strings.random_string(rng, rng.randint(W.min, W.max), alphabet)
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def runs_of_a(most):
    return ["a" * k for k in range(1, most + 1)]


def _shuffled(rng, words):
    words = list(words)
    rng.shuffle(words)
    return words


def hidden_cases():
    rng = random.Random(140)
    filler = unique_words(rng, D.max - 10, "cdefg")
    cases = [
        ("one letter, one word", {"s": "a", "wordDict": ["a"]}),
        ("one letter, no word", {"s": "a", "wordDict": ["b"]}),
        ("word longer than s", {"s": "ab", "wordDict": ["abc", "a"]}),
        ("longest word ends the string", {"s": "catsabcdefghij", "wordDict": ["cat", "cats", "abcdefghij", "sabcdefghi", "j"]}),
        ("longest word is the whole end", {"s": "aaaaaaaaaabbbbbbbbbb", "wordDict": ["aaaaaaaaaa", "bbbbbbbbbb", "b"]}),
        ("no sentence, last letter unknown", {"s": "catsandogx", "wordDict": ["cat", "cats", "and", "sand", "dog", "og"]}),
        ("19 a, words a aa aaa (66012 sentences)", {"s": "a" * 19, "wordDict": runs_of_a(3)}),
        ("18 a, words a to aaaa (76424 sentences)", {"s": "a" * 18, "wordDict": runs_of_a(4)}),
        ("largest, 19 a then b, words a to aaaaaaaaaa and 990 more",
         {"s": "a" * 19 + "b", "wordDict": _shuffled(rng, runs_of_a(10) + filler[:990])}),
        ("largest, b then 19 a, words a to aaaaaaaaaa and 990 more",
         {"s": "b" + "a" * 19, "wordDict": _shuffled(rng, runs_of_a(10) + filler[:990])}),
        ("largest, 20 a, words a and aa and 998 more", {"s": "a" * 20, "wordDict": _shuffled(rng, runs_of_a(2) + filler[:998])}),
        ("17 a, words a to aaaaaaaaaa (65280 sentences)", {"s": "a" * 17, "wordDict": runs_of_a(10)}),
        ("largest, ab repeated, words from a and b", {"s": "ab" * 8,
                                                      "wordDict": ["a", "b", "ab", "ba", "aba", "bab", "abab", "baba"]}),
    ]
    for seed in range(1, 7):
        seeded = random.Random(seed)
        words = unique_words(seeded, seeded.choice((5, 30, 200, 1000)), "ab" if seed % 2 else "abc")
        pieces = [w for w in words if len(w) <= 4] or words[:1]
        s = ""
        while len(s) < seeded.randint(1, 20):
            s += seeded.choice(pieces)
        cases.append((f"random {seed}", {"s": s[:S.max], "wordDict": words}))
    return cases


@st.composite
def _inputs(draw):
    words = draw(st.lists(strings.strategy("ab", 1, 3), min_size=1, max_size=6, unique=True))
    s = draw(strings.strategy("ab", 1, 10))
    return {"s": s, "wordDict": words}


def strategy():
    return _inputs()


def validate(case):
    s, words = case["s"], case["wordDict"]
    strings.check(s, strings.LOWER, S.min, S.max, "s")
    assert isinstance(words, list), "wordDict must be a list"
    D.check(len(words))
    for index, word in enumerate(words):
        strings.check(word, strings.LOWER, W.min, W.max, f"wordDict[{index}]")
    assert len(set(words)) == len(words), "the words in wordDict must be distinct"
    sentences = count_sentences(s, words)
    assert sentences <= MAX_SENTENCES, f"{sentences} sentences, the input must allow at most 10^5"


def input_of_size(n, rng):
    return {"s": "a" * S.clamp(n), "wordDict": runs_of_a(2)}
