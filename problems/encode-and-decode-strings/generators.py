"""Up to 200 strings of up to 200 characters over all 256 ASCII codes, salted with the delimiters
and length-like prefixes that naive encodings trip on."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

COUNT = Bound("strs.length", 1, 200)
LENGTH = Bound("strs[i].length", 0, 200)
ASCII = "".join(chr(code) for code in range(256))
TRICKY = "#,/:;|\\ 0123456789\n\t\0\xff"
SIZE = "total length of the strings"


def _string(rng, n, alphabet=ASCII):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hidden_cases():
    rng = random.Random(271)
    cases = [
        ("one empty string", {"strs": [""]}),
        ("several empty strings", {"strs": ["", "", ""]}),
        ("only delimiters", {"strs": ["#", ",", "##", ",,", "#,#", "/:", "/", ":"]}),
        ("looks like a length prefix", {"strs": ["3#abc", "10#", "#5", "12", "0#"]}),
        ("digits only", {"strs": ["1", "22", "333", "9999999999"]}),
        ("null and 255", {"strs": ["\0", "\xff", "a\0b", "\0" * 5]}),
        ("lengths 9, 10 and 11", {"strs": ["a" * 9, "b" * 10, "c" * 11]}),
        ("empty at both ends", {"strs": ["", "x", ""]}),
    ]
    for count in (3, 20, 80):
        cases.append((f"random, {count} strings", {"strs": [_string(rng, rng.randint(0, 30)) for _ in range(count)]}))
    cases += [
        ("largest, all 256 characters", {"strs": [_string(rng, LENGTH.max) for _ in range(COUNT.max)]}),
        ("largest, delimiters and digits", {"strs": [_string(rng, LENGTH.max, TRICKY) for _ in range(COUNT.max)]}),
        ("largest, mixed lengths", {"strs": [_string(rng, rng.randint(0, LENGTH.max), TRICKY + "ab")
                                             for _ in range(COUNT.max)]}),
        ("largest, empty strings", {"strs": [""] * COUNT.max}),
    ]
    return cases


def input_of_size(n, rng):
    return {"strs": [_string(rng, 20) for _ in range(max(1, n // 20))]}


def validate(case):
    strs = case["strs"]
    assert isinstance(strs, list), f"strs must be a list, found {type(strs).__name__}"
    COUNT.check(len(strs), "strs.length")
    for index, text in enumerate(strs):
        assert isinstance(text, str), f"strs[{index}] must be a str, found {type(text).__name__}"
        LENGTH.check(len(text), f"strs[{index}].length")
        wide = next((c for c in text if ord(c) > 255), None)
        assert wide is None, f"strs[{index}] holds {wide!r} (code {ord(wide)}), beyond the 256 ASCII characters"


def strategy():
    characters = st.one_of(st.sampled_from(TRICKY), st.characters(min_codepoint=0, max_codepoint=255))
    return st.lists(st.text(characters, max_size=12), min_size=1, max_size=6).map(lambda strs: {"strs": strs})
