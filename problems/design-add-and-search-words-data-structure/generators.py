"""Up to 10^4 calls: 5000 long words sharing prefixes, then searches that almost match (a different last letter),
dots at the front (676 branches in a trie: 1500 such searches, as they cost a recursive trie 0.2 s), and prefixes of stored words."""

import random

from hypothesis import strategies as st

from judge.kit import calls, strings

MAX_CALLS, MAX_LEN, MAX_DOTS = 10**4, 25, 2
SIZE = "number of calls"


def _calls(adds, searches, interleave=False, rng=None):
    pairs = [("addWord", w) for w in adds] + [("search", w) for w in searches]
    if interleave:
        head, rest = pairs[:1], pairs[1:]
        rng.shuffle(rest)
        pairs = head + rest
    return {"operations": ["WordDictionary"] + [op for op, _ in pairs], "arguments": [[]] + [[w] for _, w in pairs]}


def _dotted(rng, word, dots):
    letters = list(word)
    for position in rng.sample(range(len(word)), min(dots, len(word))):
        letters[position] = "."
    return "".join(letters)


def _near_misses(rng, words, count, dots):
    """Stored words with the last letter changed to one no word of that stem uses, and some dots."""
    out = []
    for _ in range(count):
        word = rng.choice(words)
        query = word[:-1] + "z"
        out.append(_dotted(rng, query[:-1], dots) + "z" if dots else query)
    return out


def hidden_cases():
    rng = random.Random(211)
    half = MAX_CALLS // 2
    stems = strings.words(rng, 20, MAX_LEN - 3, MAX_LEN - 3, "abcdefghijklmnopqrstuvwxy")
    long_words = [rng.choice(stems) + strings.random_string(rng, 3, "abcdefghijklmnopqrstuvwxy") for _ in range(half)]
    short_words = strings.words(rng, half, 1, 6)
    return [
        ("largest, near misses without dots", _calls(long_words, _near_misses(rng, long_words, half, 0))),
        ("largest, near misses with two dots", _calls(long_words, _near_misses(rng, long_words, half, 2))),
        ("large, two dots in front", _calls(short_words, ["..z" + strings.random_string(rng, 2) for _ in range(1500)])),
        ("largest, stored words, some dotted",
         _calls(long_words, [_dotted(rng, rng.choice(long_words), rng.randint(0, 2)) for _ in range(half)])),
        ("largest, prefixes of stored words", _calls(long_words, [rng.choice(long_words)[:rng.randint(1, 24)]
                                                                   for _ in range(half)])),
        ("largest, all dots", _calls(short_words, [".." for _ in range(half)])),
        ("large, interleaved", _calls(short_words[:3000], [_dotted(rng, w, rng.randint(0, 2)) for w in
                                                           strings.words(rng, 3000, 1, 6, "abc")], True, rng)),
        ("same word added many times", _calls(["a"] * 100, ["a", ".", "aa", "b"])),
        ("longest single word", _calls(["z" * 25], ["z" * 24 + ".", "z" * 24, ".." + "z" * 23, "z" * 25])),
    ]


@st.composite
def _inputs(draw):
    operations, arguments = ["WordDictionary"], [[]]
    for _ in range(draw(st.integers(1, 10))):
        if draw(st.booleans()):
            operations.append("addWord")
            arguments.append([draw(strings.strategy("ab", 1, 4))])
        else:
            query = list(draw(strings.strategy("ab", 1, 4)))
            for position in draw(st.lists(st.integers(0, len(query) - 1), max_size=MAX_DOTS, unique=True)):
                query[position] = "."
            operations.append("search")
            arguments.append(["".join(query)])
    return {"operations": operations, "arguments": arguments}


def strategy():
    return _inputs()


def validate(case):
    for index, operation, args in calls.check(case, "WordDictionary", {"addWord": 1, "search": 1}, MAX_CALLS):
        if operation == "addWord":
            strings.check(args[0], strings.LOWER, 1, MAX_LEN, what=f"call {index}: word")
        else:
            strings.check(args[0], strings.LOWER + ".", 1, MAX_LEN, what=f"call {index}: word")
            assert args[0].count(".") <= MAX_DOTS, f"call {index}: {args[0]!r} has more than 2 dots"


def input_of_size(n, rng):
    n = max(2, min(n, MAX_CALLS))
    words = strings.words(rng, n // 2, 1, 10)
    return _calls(words, [_dotted(rng, rng.choice(words), rng.randint(0, 2)) for _ in range(n - n // 2)])
