"""10^4 words, most groups small: comparing every pair of words cannot finish in time."""

import random
import string

from hypothesis import strategies as st

N, K = 10**4, 100


def _word(rng, length, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(length))


def _shuffled(rng, word):
    letters = list(word)
    rng.shuffle(letters)
    return "".join(letters)


def _groups(seed, n, lengths, letters=string.ascii_lowercase, per_group=(1, 6)):
    """Random base words, each followed by a few rearrangements of itself."""
    rng = random.Random(seed)
    words = []
    while len(words) < n:
        base = _word(rng, rng.randint(*lengths), letters)
        words += [_shuffled(rng, base) for _ in range(rng.randint(*per_group))]
    words = words[:n]
    rng.shuffle(words)
    return {"strs": words}


def hidden_cases():
    rng = random.Random(1)
    return [
        ("largest, long words in small groups", _groups(2, N, (K, K))),
        ("largest, mixed lengths in small groups", _groups(3, N, (0, K))),
        ("largest, every word its own group", {"strs": [_word(rng, 8) for _ in range(N)]}),
        ("largest, four letters: sums collide", _groups(4, N, (6, 6), "abcd", (1, 3))),
        ("largest, a and b only: counts matter", _groups(5, N, (1, 12), "ab", (1, 3))),
        ("largest, all empty", {"strs": [""] * N}),
        ("medium, short words", _groups(6, 500, (0, 3), "abc")),
        ("small, repeated words", {"strs": [rng.choice(["ab", "ba", "a", "", "b"]) for _ in range(30)]}),
    ]


def strategy():
    word = st.text(alphabet="abcd", max_size=4)
    return st.fixed_dictionaries({"strs": st.lists(word, min_size=1, max_size=10)})


def validate(case):
    strs = case["strs"]
    assert isinstance(strs, list), "strs must be a list"
    assert 1 <= len(strs) <= N, f"len(strs) = {len(strs)} is outside 1..10^4"
    for word in strs:
        assert isinstance(word, str), f"{word!r} is not a string"
        assert len(word) <= K, f"a word of length {len(word)} is over 100"
        assert all("a" <= ch <= "z" for ch in word), f"{word[:20]!r} holds a character other than a-z"


SIZE = "len(strs)"


def input_of_size(n, rng):
    return {"strs": [_word(rng, rng.randint(0, 10), "abcde") for _ in range(max(1, n))]}
