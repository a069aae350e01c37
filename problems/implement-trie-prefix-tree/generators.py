"""Many words, then many prefix queries: scanning every stored word per query is too slow."""

import random
import string

from hypothesis import strategies as st

MAX_LEN, MAX_CALLS = 2000, 3 * 10**4
OPERATIONS = ("insert", "search", "startsWith")
SIZE = "number of calls"


def _word(rng, letters, shortest=1, longest=8):
    return "".join(rng.choice(letters) for _ in range(rng.randint(shortest, longest)))


def _query(rng, words, letters, longest):
    """Half the time a prefix of a stored word, possibly with its last letter changed."""
    if words and rng.random() < 0.5:
        word = rng.choice(words)
        text = word[: rng.randint(1, len(word))]
        if rng.random() < 0.5:
            text = text[:-1] + rng.choice(letters)
        return text
    return _word(rng, letters, 1, longest)


def _case(calls, seed, letters=string.ascii_lowercase, longest=8, insert_share=0.4):
    rng = random.Random(seed)
    operations, arguments, words = ["Trie"], [[]], []
    for _ in range(calls):
        if rng.random() < insert_share:
            words.append(_word(rng, letters, 1, longest))
            operations.append("insert")
            arguments.append([words[-1]])
        else:
            operations.append(rng.choice(OPERATIONS[1:]))
            arguments.append([_query(rng, words, letters, longest)])
    return {"operations": operations, "arguments": arguments}


def _long_words(seed, count=150):
    """Words of 2000 letters sharing a long stem, and queries as long."""
    rng = random.Random(seed)
    stem = _word(rng, "ab", MAX_LEN, MAX_LEN)
    operations, arguments, words = ["Trie"], [[]], []
    for _ in range(count):
        cut = rng.randint(MAX_LEN - 100, MAX_LEN)
        words.append(stem[:cut] + _word(rng, "ab", MAX_LEN - cut, MAX_LEN - cut))
        operations += ["insert", "search", "startsWith"]
        probe = rng.choice(words)
        arguments += [[words[-1]], [probe[:-1] + rng.choice("ab")], [_query(rng, words, "ab", MAX_LEN)]]
    return {"operations": operations, "arguments": arguments}


def _many_words_then_prefixes(seed):
    """Half the calls insert distinct words; the rest ask for prefixes, most of them absent."""
    rng = random.Random(seed)
    half = MAX_CALLS // 2
    words = list(dict.fromkeys(_word(rng, string.ascii_lowercase, 6, 12) for _ in range(half + 500)))[:half]
    queries = []
    for _ in range(half):
        if rng.random() < 0.2:
            word = rng.choice(words[-100:])  # found, but only near the end of the insertion order
            queries.append(word[: rng.randint(3, len(word))])
        else:
            queries.append(_word(rng, string.ascii_lowercase, 4, 8))
    return {"operations": ["Trie"] + ["insert"] * half + ["startsWith"] * half,
            "arguments": [[]] + [[w] for w in words] + [[q] for q in queries]}


def hidden_cases():
    return [
        ("random, two letters", _case(60, 1, letters="ab", longest=4)),
        ("random, three letters", _case(200, 2, letters="abc", longest=5)),
        ("random, mostly queries", _case(500, 3, letters="abcd", longest=6, insert_share=0.2)),
        ("random, mostly inserts", _case(500, 4, letters="xyz", longest=6, insert_share=0.8)),
        ("random, one letter: words are prefixes of each other", _case(100, 9, letters="a", longest=10)),
        ("random, full alphabet", _case(3000, 5)),
        ("random, five letters, medium", _case(10_000, 10, letters="abcde", longest=10)),
        ("long words with a shared stem", _long_words(6)),
        ("largest random", _case(MAX_CALLS, 7, longest=12)),
        ("largest: many words, then prefix queries", _many_words_then_prefixes(8)),
    ]


def input_of_size(n, rng):
    return _case(n, rng.randrange(10**9), longest=12)


def validate(case):
    operations, arguments = case["operations"], case["arguments"]
    assert len(operations) == len(arguments), "operations and arguments differ in length"
    assert operations[0] == "Trie" and arguments[0] == [], "the first call must be Trie()"
    assert len(operations) - 1 <= MAX_CALLS, f"{len(operations) - 1} calls, at most {MAX_CALLS}"
    lowercase = set(string.ascii_lowercase)
    for index, (operation, args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        assert operation in OPERATIONS, f"call {index}: unknown operation {operation}"
        assert len(args) == 1 and isinstance(args[0], str), f"call {index}: takes one string"
        assert 1 <= len(args[0]) <= MAX_LEN, f"call {index}: length {len(args[0])}"
        assert set(args[0]) <= lowercase, f"call {index}: {args[0]!r:.30} is not lowercase letters"


@st.composite
def _calls(draw):
    texts = st.text(alphabet="abc", min_size=1, max_size=4)
    operations, arguments = ["Trie"], [[]]
    for _ in range(draw(st.integers(1, 12))):
        operations.append(draw(st.sampled_from(OPERATIONS)))
        arguments.append([draw(texts)])
    return {"operations": operations, "arguments": arguments}


def strategy():
    return _calls()
