"""The longest strings and patterns (20 each): runs of a against many a* (a search without a memo tries every way
to share the run among the stars), patterns that must let a star match nothing, and stars that must stop early."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(s) (p = a* repeated, s = a...ab)"
S_LENGTH = Bound("len(s)", 1, 20)
P_LENGTH = Bound("len(p)", 1, 20)
TOKENS = ("a", "b", ".", "a*", "b*", ".*")


def _random_pattern(rng, length, tokens=TOKENS):
    pattern = ""
    while True:
        token = rng.choice(tokens)
        if len(pattern) + len(token) > length:
            return pattern or "a"
        pattern += token


def _matching_string(rng, pattern, length):
    """A string the pattern matches (each starred token repeated at random), cut to `length` letters."""
    out, j = [], 0
    while j < len(pattern):
        token = pattern[j]
        starred = j + 1 < len(pattern) and pattern[j + 1] == "*"
        count = rng.randint(0, 4) if starred else 1
        out += [rng.choice("ab") if token == "." else token for _ in range(count)]
        j += 2 if starred else 1
    return "".join(out)[:length] or "a"


def hidden_cases():
    rng = random.Random(10)
    cases = [
        ("star matches nothing", {"s": "a", "p": "ab*"}),
        ("star must not take the last a", {"s": "aaa", "p": "a*a"}),
        ("stars that match nothing in the middle", {"s": "aaa", "p": "ab*a*c*a"}),
        ("dot-star then a fixed tail", {"s": "ab", "p": ".*c"}),
        ("pattern longer than s", {"s": "a", "p": ".*..a*"}),
        ("mississippi, true", {"s": "mississippi", "p": "mis*is*ip*."}),
        ("mississippi, false", {"s": "mississippi", "p": "mis*is*p*."}),
        ("dot-star then stars", {"s": "bbbba", "p": ".*a*a"}),
        ("a prefix match is not enough", {"s": "abcd", "p": "abc"}),
        ("a suffix match is not enough", {"s": "abcd", "p": "bcd"}),
        ("longest, 19 a and b against ten a*", {"s": "a" * 19 + "b", "p": "a*" * 10}),
        ("longest, 20 a against nine a* and c", {"s": "a" * 20, "p": "a*" * 9 + "c"}),
        ("longest, 20 a against nine .* and ab", {"s": "a" * 20, "p": ".*" * 9 + "ab"}),
        ("longest, 20 a against ten a*", {"s": "a" * 20, "p": "a*" * 10}),
        ("longest, 20 a against ten .*", {"s": "a" * 20, "p": ".*" * 10}),
        ("longest, ab repeated against a*b* repeated", {"s": "ab" * 10, "p": "a*b*" * 5}),
        ("longest, ab repeated against .*b repeated", {"s": "ab" * 10, "p": ".*b" * 6 + "a*"}),
        ("longest, twenty dots", {"s": strings.random_string(rng, 20), "p": "." * 20}),
        ("longest, twenty dots against 19 letters", {"s": strings.random_string(rng, 19), "p": "." * 20}),
    ]
    for index in range(6):
        pattern = _random_pattern(rng, P_LENGTH.max)
        cases.append((f"longest, random pattern {index + 1}, a string it matches",
                      {"s": _matching_string(rng, pattern, S_LENGTH.max), "p": pattern}))
        cases.append((f"longest, random pattern {index + 1}, a random string",
                      {"s": strings.random_string(rng, rng.randint(10, 20), "ab"), "p": pattern}))
    return cases


@st.composite
def _inputs(draw):
    pattern = "".join(draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6)))
    if draw(st.booleans()):
        seed = draw(st.integers(0, 2**16))
        s = _matching_string(random.Random(seed), pattern, 8)
    else:
        s = draw(strings.strategy("ab", 1, 8))
    return {"s": s, "p": pattern}


def strategy():
    return _inputs()


def validate(case):
    s, p = case["s"], case["p"]
    strings.check(s, strings.LOWER, S_LENGTH.min, S_LENGTH.max, "s")
    strings.check(p, strings.LOWER + ".*", P_LENGTH.min, P_LENGTH.max, "p")
    for j, char in enumerate(p):
        assert char != "*" or (j > 0 and p[j - 1] != "*"), f"p[{j}] is a '*' with no letter or '.' before it: {p!r}"


def input_of_size(n, rng):
    n = S_LENGTH.clamp(n)
    return {"s": "a" * (n - 1) + "b", "p": "a*" * min(10, n)}
