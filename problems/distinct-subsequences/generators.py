"""The longest strings (1000 letters) whose answer fits in 32 bits: t of one, two, three letters in a run of a
(up to C(1000, 3)), t equal to s, a t with one letter missing from s (answer 0, huge intermediate counts), and t
as a random subsequence of s."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(s) (s = all a, t = all a but a final b, half as long)"
LENGTH = Bound("len(s), len(t)", 1, 1000)
MAX_ANSWER = 2**31 - 1


def count(s, t):
    ways = [1] + [0] * len(t)
    for letter in s:
        for j in range(len(t), 0, -1):
            if t[j - 1] == letter:
                ways[j] += ways[j - 1]
    return ways[-1]


def _subsequence(rng, s, k):
    return "".join(s[i] for i in sorted(rng.sample(range(len(s)), k)))


def _fitting_subsequence(rng, s, k):
    while True:
        t = _subsequence(rng, s, k)
        if count(s, t) <= MAX_ANSWER:
            return t
        k += 1


def hidden_cases():
    rng = random.Random(115)
    n = LENGTH.max
    runs = "a" * n
    wide = strings.random_string(rng, n, strings.LETTERS)
    two = strings.random_string(rng, n, "ab")
    case_pairs = strings.random_string(rng, n, "aA")
    cases = [
        ("t longer than s", {"s": "abc", "t": "abcd"}),
        ("one letter, equal", {"s": "Z", "t": "Z"}),
        ("one letter, case differs", {"s": "z", "t": "Z"}),
        ("largest, s equals t", {"s": wide, "t": wide}),
        ("largest, t is one a", {"s": runs, "t": "a"}),
        ("largest, t is two a", {"s": runs, "t": "aa"}),
        ("largest, t is three a (C(1000, 3))", {"s": runs, "t": "aaa"}),
        ("largest, t is 999 a and a b (0, huge counts)", {"s": runs, "t": "a" * (n - 1) + "b"}),
        ("largest, t is b then 999 a", {"s": runs, "t": "b" + "a" * (n - 1)}),
        ("largest, t is s with one letter changed", {"s": wide, "t": wide[:500] + _other(wide[500])
                                                     + wide[501:]}),
        ("largest, 52 letters, t a subsequence of 20", {"s": wide, "t": _fitting_subsequence(rng, wide, 20)}),
        ("largest, 52 letters, t a subsequence of 300", {"s": wide, "t": _fitting_subsequence(rng, wide, 300)}),
        ("largest, two letters, t a subsequence", {"s": two, "t": _fitting_subsequence(rng, two, 980)}),
        ("largest, a and A, t a subsequence", {"s": case_pairs, "t": _fitting_subsequence(rng, case_pairs, 990)}),
        ("largest, t longest, s one letter short", {"s": wide[:-1], "t": wide}),
    ]
    return cases


def _other(letter, alphabet=strings.LETTERS):
    return next(c for c in alphabet if c != letter)


@st.composite
def _inputs(draw):
    s = draw(strings.strategy("abA", 1, 10))
    if draw(st.booleans()):
        indices = draw(st.lists(st.integers(0, len(s) - 1), min_size=1, max_size=4, unique=True))
        t = "".join(s[i] for i in sorted(indices))
    else:
        t = draw(strings.strategy("abA", 1, 4))
    return {"s": s, "t": t}


def strategy():
    return _inputs()


def validate(case):
    s, t = case["s"], case["t"]
    strings.check(s, strings.LETTERS, LENGTH.min, LENGTH.max, "s")
    strings.check(t, strings.LETTERS, LENGTH.min, LENGTH.max, "t")
    answer = count(s, t)
    assert answer <= MAX_ANSWER, f"t appears {answer} times in s, more than 2^31 - 1"


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"s": "a" * n, "t": "a" * (n // 2) + "b"}
