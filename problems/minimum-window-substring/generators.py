"""s and t of up to 10^5 letters each, upper and lower case.

"t is one letter found only at the end of s" makes every start of s extend to the very end, which is
what a search from every start does: 5 * 10^9 steps."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

M = Bound("len(s)", 1, 10**5)
N = Bound("len(t)", 1, 10**5)
SIZE = "len(s), with len(t) = len(s) / 10"


def _case(s, t):
    return {"s": s, "t": t}


def _scatter(rng, base, letters):
    """`base` with each of `letters` written over a random distinct position."""
    chars = list(base)
    for position, letter in zip(rng.sample(range(len(chars)), len(letters)), letters):
        chars[position] = letter
    return "".join(chars)


def hidden_cases():
    rng = random.Random(76)
    big = M.max
    lower = strings.random_string(rng, big, strings.LOWER)
    letters = strings.random_string(rng, big, strings.LETTERS)
    permuted = list(letters)
    rng.shuffle(permuted)
    cases = [
        ("largest, t one letter found only at the end of s", _case("a" * (big - 1) + "Z", "Z")),
        ("largest, t's letter nowhere in s", _case("ab" * (big // 2), "c")),
        ("largest, t all 52 letters, s random", _case(letters, strings.LETTERS)),
        ("largest, t a permutation of s", _case(letters, "".join(permuted))),
        ("largest, t longer than s by one", _case(lower[:-1], lower)),
        ("largest, t asks for 5000 a's, s holds exactly 5000",
         _case(_scatter(rng, strings.random_string(rng, big, "bcdefgh"), "a" * 5000), "a" * 5000)),
        ("largest, t asks for one more a than s holds",
         _case(_scatter(rng, strings.random_string(rng, big, "bcdefgh"), "a" * 5000), "a" * 5001)),
        ("largest, a long window at the start, a shorter one at the end",
         _case("xy" + "q" * 60000 + "x" + "p" * 39990 + "yxzzzzz", "xyx")),
        ("largest, one upper-case letter among lower case",
         _case(_scatter(rng, lower, "Q"), "Qe")),
        ("largest, two letters alternating, t half of them", _case("ab" * (big // 2), "ab" * (big // 4))),
        ("large, random, t of 20 letters", _case(strings.random_string(rng, big, "abcdefABCDEF"),
                                                 strings.random_string(rng, 20, "abcdefABCDEF"))),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        alphabet = r.choice(["ab", "abc", "aAbB", "xyzXYZ"])
        s = strings.random_string(r, r.randint(1, 40), alphabet)
        cases.append((f"random {seed}", _case(s, strings.random_string(r, r.randint(1, 5), alphabet))))
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("aAbc", 1, 12), "t": strings.strategy("aAbc", 1, 4)})


def validate(case):
    strings.check(case["s"], strings.LETTERS, M.min, M.max, "s")
    strings.check(case["t"], strings.LETTERS, N.min, N.max, "t")


def input_of_size(n, rng):
    n = M.clamp(n)
    return _case(strings.random_string(rng, n, "abcdefgh"), strings.random_string(rng, max(1, n // 10), "abcdefgh"))
