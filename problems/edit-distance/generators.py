"""The longest words (500 letters each): unrelated, equal, reversed, shifted, nearly equal, and empty.

Words with no letter in common make the plain recursion branch three ways at every step.
"""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(word1) = len(word2)"
LENGTH = Bound("len(word)", 0, 500)


def _mutate(rng, word, edits):
    """`word` after `edits` random single-letter edits (so the distance is at most `edits`)."""
    letters = list(word)
    for _ in range(edits):
        kind = rng.choice("idr") if letters else "i"
        if kind == "i" and len(letters) < LENGTH.max:
            letters.insert(rng.randint(0, len(letters)), rng.choice(strings.LOWER))
        elif kind == "d" and letters:
            letters.pop(rng.randrange(len(letters)))
        elif letters:
            letters[rng.randrange(len(letters))] = rng.choice(strings.LOWER)
    return "".join(letters)


def hidden_cases():
    rng = random.Random(72)
    n = LENGTH.max
    base = strings.random_string(rng, n)
    cases = [
        ("both empty", {"word1": "", "word2": ""}),
        ("word2 empty", {"word1": "abc", "word2": ""}),
        ("one letter each, different", {"word1": "a", "word2": "b"}),
        ("unrelated, 30 letters each", {"word1": "ab" * 15, "word2": "cd" * 15}),
        ("largest, no letter in common", {"word1": strings.random_string(rng, n, "abcdefghijklm"),
                                          "word2": strings.random_string(rng, n, "nopqrstuvwxyz")}),
        ("largest, random", {"word1": strings.random_string(rng, n), "word2": strings.random_string(rng, n)}),
        ("largest, random over two letters", {"word1": strings.random_string(rng, n, "ab"),
                                              "word2": strings.random_string(rng, n, "ab")}),
        ("largest, equal words", {"word1": base, "word2": base}),
        ("largest, a few edits apart", {"word1": base, "word2": _mutate(rng, base, 12)}),
        ("largest, many edits apart", {"word1": base, "word2": _mutate(rng, base, 300)}),
        ("largest, reversed", {"word1": base, "word2": base[::-1]}),
        ("largest, shifted by one letter", {"word1": base, "word2": base[1:] + base[0]}),
        ("largest, periodic against shifted period", {"word1": strings.periodic(rng, n, 7),
                                                      "word2": strings.periodic(rng, n, 7)}),
        ("largest against empty", {"word1": base, "word2": ""}),
        ("empty against largest", {"word1": "", "word2": base}),
        ("largest against one letter inside it", {"word1": base, "word2": base[250]}),
        ("largest, all a against all b", {"word1": "a" * n, "word2": "b" * n}),
        ("largest, all a against half as many", {"word1": "a" * n, "word2": "a" * (n // 2)}),
    ]
    return cases


def strategy():
    word = strings.strategy("abc", 0, 8)
    return st.fixed_dictionaries({"word1": word, "word2": word})


def validate(case):
    strings.check(case["word1"], strings.LOWER, LENGTH.min, LENGTH.max, "word1")
    strings.check(case["word2"], strings.LOWER, LENGTH.min, LENGTH.max, "word2")


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"word1": strings.random_string(rng, n), "word2": strings.random_string(rng, n)}
