"""Up to 200 strings of up to 200 letters. The traps: the string that breaks the prefix sits
in the middle of the list (not first or last), a later string is shorter than the first,
and the shared part occurs inside a string but not at its start."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

COUNT = Bound("len(strs)", 1, 200)
LENGTH = Bound("len(strs[i])", 0, 200)


def _sharing(rng, prefix, count, tail_max, alphabet="abc"):
    """`count` strings that start with `prefix`, each followed by up to `tail_max` random letters."""
    return [prefix + strings.random_string(rng, rng.randint(0, tail_max), alphabet) for _ in range(count)]


def hidden_cases():
    rng = random.Random(14)
    full = strings.random_string(rng, LENGTH.max, "ab")
    cases = [
        ("largest, all the same", {"strs": [full] * COUNT.max}),
        ("largest, last string differs in its last letter",
         {"strs": [full] * (COUNT.max - 1) + [full[:-1] + ("a" if full[-1] == "b" else "b")]}),
        ("largest, the middle string breaks the prefix early",
         {"strs": [full] * 99 + [full[:10] + "z" + full[11:]] + [full] * 100}),
        ("largest, a later string is the shortest", {"strs": [full] * 150 + [full[:37]] + [full] * 49}),
        ("largest, an empty string in the middle", {"strs": [full] * 100 + [""] + [full] * 99}),
        ("largest, prefix found inside, not at the start",
         {"strs": [full] * 100 + ["z" + full[:LENGTH.max - 1]] + [full] * 99}),
        ("largest, random tails after 120 shared letters",
         {"strs": _sharing(rng, strings.random_string(rng, 120), COUNT.max, 80)}),
        ("largest, nothing shared", {"strs": [strings.random_string(rng, LENGTH.max) for _ in range(COUNT.max)]}),
        ("one string", {"strs": [full]}),
        ("one empty string", {"strs": [""]}),
        ("all empty", {"strs": [""] * COUNT.max}),
    ]
    return cases


@st.composite
def _strs(draw):
    prefix = draw(strings.strategy("ab", max_size=4))
    tails = draw(st.lists(strings.strategy("ab", max_size=3), min_size=1, max_size=6))
    return [prefix + tail for tail in tails]


def strategy():
    return st.fixed_dictionaries({"strs": st.one_of(
        _strs(), st.lists(strings.strategy("ab", max_size=4), min_size=1, max_size=6))})


def validate(case):
    strs = case["strs"]
    assert isinstance(strs, list), "strs must be a list"
    COUNT.check(len(strs))
    for index, s in enumerate(strs):
        strings.check(s, strings.LOWER, LENGTH.min, LENGTH.max, f"strs[{index}]")


SIZE = "total characters in strs"


def input_of_size(n, rng):
    length = max(1, min(LENGTH.max, n // COUNT.max))
    count = max(1, min(COUNT.max, n // length))
    prefix = strings.random_string(rng, length - 1)
    return {"strs": [prefix + rng.choice("ab") for _ in range(count)]}
