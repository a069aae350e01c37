"""The longest s (300 letters) and the largest lists (1000 words of up to 20 letters).

"aaa...ab" with the words "a", "aa", ... makes a recursion without a memo exponential.
"""

import random
import string

from hypothesis import strategies as st

SIZE = "len(s) (with the words a and 20 a's, and s = aaa...ab)"
MAX_S, MAX_WORDS, MAX_WORD = 300, 1000, 20
RUNS = ["a" * k for k in range(1, MAX_WORD + 1)]  # a, aa, ..., 20 a's


def _words(count, letters, rng, low=1, high=MAX_WORD):
    """`count` distinct random words over `letters` (fewer when short words over few letters run out)."""
    found = set()
    count = min(count, sum(len(letters) ** length for length in range(low, high + 1)))
    while len(found) < count:
        found.add("".join(rng.choice(letters) for _ in range(rng.randint(low, high))))
    return sorted(sorted(found), key=lambda _: rng.random())  # sorted first: a set's order changes between processes


def _concatenation(words, length, rng):
    """Words joined until the next would pass `length` letters (at least one word)."""
    pieces, total = [], 0
    while True:
        word = rng.choice(words)
        if pieces and total + len(word) > length:
            return "".join(pieces)
        pieces.append(word)
        total += len(word)


def _random(seed):
    rng = random.Random(seed)
    letters = string.ascii_lowercase[:rng.choice((2, 3, 5, 26))]
    count = rng.randint(1, rng.choice((5, 50, MAX_WORDS)))
    words = _words(count, letters, rng, 1, rng.randint(1, MAX_WORD))
    length = rng.randint(1, MAX_S)
    if seed % 2:
        s = _concatenation(words, length, rng)[:MAX_S]
    else:
        s = "".join(rng.choice(letters) for _ in range(length))
    return {"s": s, "wordDict": words}


def hidden_cases():
    rng = random.Random(139)
    filler = _words(MAX_WORDS - MAX_WORD, "cdefghijklmnopqrstuvwxyz", rng, 1, MAX_WORD)  # no a, no b
    two_letter = _words(MAX_WORDS, "ab", rng, 8, MAX_WORD)
    long_words = _words(MAX_WORDS, string.ascii_lowercase, rng, 15, MAX_WORD)
    joined = _concatenation(long_words, MAX_S, rng)
    cases = [
        ("largest, a run of a then b, words a to 20 a's", {"s": "a" * (MAX_S - 1) + "b", "wordDict": RUNS}),
        ("largest, a run of a then b, 1000 words", {"s": "a" * (MAX_S - 1) + "b", "wordDict": RUNS + filler}),
        ("largest, a b in the middle of the run", {"s": "a" * 150 + "b" + "a" * 149, "wordDict": RUNS}),
        ("largest, only a, words a to 20 a's", {"s": "a" * MAX_S, "wordDict": list(reversed(RUNS))}),
        ("largest, only a, the 7- and 11-letter runs", {"s": "a" * MAX_S, "wordDict": ["a" * 11, "a" * 7]}),
        ("largest, only a, 300 is no multiple of 7", {"s": "a" * MAX_S, "wordDict": ["a" * 7, "a" * 14]}),
        ("largest, one word reused 150 times", {"s": "ab" * (MAX_S // 2), "wordDict": ["ab"]}),
        ("largest, 1000 long words joined", {"s": joined, "wordDict": long_words}),
        ("largest, 1000 long words joined, a letter changed",
         {"s": joined[:150] + ("z" if joined[150] != "z" else "y") + joined[151:], "wordDict": long_words}),
        ("largest, 1000 words over a and b, joined",
         {"s": _concatenation(two_letter, MAX_S, rng), "wordDict": two_letter}),
        ("largest, 1000 words over a and b, random s",
         {"s": "".join(rng.choice("ab") for _ in range(MAX_S)), "wordDict": two_letter}),
    ]
    for seed in range(1, 9):
        cases.append((f"random {seed}", _random(seed)))
    return cases


@st.composite
def _inputs(draw):
    letters = draw(st.sampled_from(["ab", "ab", "abc"]))
    word = st.text(alphabet=letters, min_size=1, max_size=4)
    words = draw(st.lists(word, min_size=1, max_size=6, unique=True))
    if draw(st.booleans()):  # a concatenation of words: true more often than not, the hard side to get right
        s = "".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=5)))[:12]
    else:
        s = draw(st.text(alphabet=letters, min_size=1, max_size=12))
    return {"s": s, "wordDict": words}


def strategy():
    return _inputs()


def validate(case):
    s, words = case["s"], case["wordDict"]
    lowercase = set(string.ascii_lowercase)
    assert isinstance(s, str) and 1 <= len(s) <= MAX_S, "need 1 <= len(s) <= 300"
    assert set(s) <= lowercase, "s must hold only lowercase English letters"
    assert 1 <= len(words) <= MAX_WORDS, f"len(wordDict) = {len(words)} is outside [1, 1000]"
    assert all(isinstance(w, str) and 1 <= len(w) <= MAX_WORD for w in words), "need 1 <= len(wordDict[i]) <= 20"
    assert all(set(w) <= lowercase for w in words), "the words must hold only lowercase English letters"
    assert len(set(words)) == len(words), "the words must be distinct"


def input_of_size(n, rng):
    # Two words keep L at 20 but the dictionary small beside s; s grows past 300 letters, where growth shows.
    n = max(1, n)
    return {"s": "a" * (n - 1) + "b", "wordDict": ["a" * MAX_WORD, "a"]}
