"""Up to 100 words of up to 100 letters sorted under a random alphabet; with a contradiction planted (a swapped
pair, a word before its prefix); long shared prefixes whose later letters must be ignored."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(words)", 1, 100)
LENGTH = Bound("len(words[i])", 1, 100)
SIZE = "len(words)"


def _sorted_words(rng, count, min_len, max_len, alphabet, prefix=""):
    """Random words sorted under `alphabet`'s order (the alphabet string is the alien order)."""
    rank = {c: i for i, c in enumerate(alphabet)}
    words = [prefix + strings.random_string(rng, rng.randint(min_len, max_len) - len(prefix), alphabet)
             for _ in range(count)]
    return sorted(words, key=lambda w: [rank[c] for c in w])


def _alphabet(rng, size):
    return "".join(rng.sample(strings.LOWER, size))


def hidden_cases():
    rng = random.Random(269)
    full = _alphabet(rng, 26)
    cases = [
        ("largest, 26 letters, long words", _sorted_words(rng, N.max, 1, LENGTH.max, full)),
        ("largest, 26 letters, short words", _sorted_words(rng, N.max, 1, 3, full)),
        ("largest, shared prefix of 90", _sorted_words(rng, N.max, 91, LENGTH.max, full, full[3] * 90)),
        ("largest, 5 letters", _sorted_words(rng, N.max, 1, LENGTH.max, _alphabet(rng, 5))),
    ]
    swapped = _sorted_words(rng, N.max, 1, 4, full)
    i = rng.randrange(N.max - 1)
    while swapped[i] == swapped[i + 1] or swapped[i + 1].startswith(swapped[i]):
        i = rng.randrange(N.max - 1)
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    cases.append(("largest, two neighbours swapped", swapped))
    prefixed = _sorted_words(rng, N.max - 1, 2, LENGTH.max, full)
    prefixed.insert(N.max // 2, prefixed[N.max // 2 - 1][:-1])  # a word right after a longer word it prefixes
    cases.append(("largest, a prefix after its longer word", prefixed))
    chain = list(full)
    cases.append(("chain of all 26 letters", chain))
    cases.append(("chain of 26 letters closed into a cycle", chain + [chain[0]]))
    for k in range(6):
        cases.append((f"small random {k}", _sorted_words(rng, rng.randint(2, 12), 1, 5, _alphabet(rng, 6))))
    return [(name, {"words": words}) for name, words in cases]


def strategy():
    return st.fixed_dictionaries({"words": st.lists(strings.strategy("abcd", 1, 4), min_size=1, max_size=8)})


def validate(case):
    words = case["words"]
    N.check(len(words))
    for i, word in enumerate(words):
        strings.check(word, strings.LOWER, LENGTH.min, LENGTH.max, what=f"words[{i}]")


def input_of_size(n, rng):
    return {"words": _sorted_words(rng, N.clamp(n), 1, 20, _alphabet(rng, 26))}
