"""Strings up to 10^4 letters: the match in the last window, near misses by one letter, s1 longer than s2."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s1), len(s2)", 1, 10**4)
SIZE = "len(s2) (s1 a tenth of it)"


def _shuffled(rng, text):
    letters = list(text)
    rng.shuffle(letters)
    return "".join(letters)


def _near_miss(rng, s1, n):
    """s2 of blocks that are s1 rearranged with one letter turned into z (which s1 lacks): no window matches."""
    out = []
    while len(out) < n:
        block = list(_shuffled(rng, s1))
        block[0] = "z"  # the same offset in every block: every window of len(s1) holds exactly one z
        out += block
    return "".join(out[:n])


def hidden_cases():
    rng = random.Random(567)
    big = N.max
    s1_mid = strings.random_string(rng, big // 2, "abcdefghij")
    s1_short = strings.random_string(rng, 12, "abcdefghijklmnopqrstuvwxy")
    cases = [
        ("one letter, present", {"s1": "a", "s2": "bca"}),
        ("one letter, absent", {"s1": "a", "s2": "bcd"}),
        ("equal strings", {"s1": "abc", "s2": "abc"}),
        ("s1 longer than s2", {"s1": "abcd", "s2": "abc"}),
        ("same letters, wrong counts", {"s1": "aab", "s2": "abbb"}),
        ("match is the last window", {"s1": "ab", "s2": "eidboaoba"}),
        ("letters apart, not together", {"s1": "abc", "s2": "axbxc"}),
        ("largest, s1 is s2 rearranged", {"s1": _shuffled(rng, s1_mid * 2), "s2": s1_mid * 2}),
        ("largest, half-length match at the end", {"s1": s1_mid,
                                                   "s2": _near_miss(rng, s1_mid, big // 2) + _shuffled(rng, s1_mid)}),
        ("largest, half-length near misses only", {"s1": s1_mid, "s2": _near_miss(rng, s1_mid, big)}),
        ("largest, 12 letters, near misses only", {"s1": s1_short, "s2": _near_miss(rng, s1_short, big)}),
        ("largest, 12 letters, match at the end", {"s1": s1_short,
                                                   "s2": _near_miss(rng, s1_short, big - 12) + _shuffled(rng, s1_short)}),
        ("largest, 11 distinct letters, absent", {"s1": "abcdefghijk", "s2": strings.periodic(rng, big, 7, "abcdefghijk")}),
        ("largest, s1 longer than s2", {"s1": "a" * big, "s2": "a" * (big - 1)}),
        ("largest, all one letter", {"s1": "q" * 5000, "s2": "q" * big}),
    ]
    for seed in range(1, 6):
        r = random.Random(seed)
        alphabet = r.choice(("ab", "abc", strings.LOWER))
        s2 = strings.random_string(r, r.randint(1, big), alphabet)
        start = r.randrange(len(s2))
        s1 = _shuffled(r, s2[start:start + r.randint(1, 50)]) if r.random() < 0.5 else strings.random_string(
            r, r.randint(1, 20), alphabet)
        cases.append((f"random {seed}", {"s1": s1, "s2": s2}))
    return cases


@st.composite
def _inputs(draw):
    s2 = draw(st.text(alphabet="abc", min_size=1, max_size=10))
    if draw(st.booleans()):
        start = draw(st.integers(0, len(s2) - 1))
        piece = list(s2[start:start + draw(st.integers(1, 4))])
        s1 = "".join(draw(st.permutations(piece)))
    else:
        s1 = draw(st.text(alphabet="abc", min_size=1, max_size=5))
    return {"s1": s1, "s2": s2}


def strategy():
    return _inputs()


def validate(case):
    for name in ("s1", "s2"):
        strings.check(case[name], strings.LOWER, N.min, N.max, what=name)


def input_of_size(n, rng):
    n = N.clamp(n)
    s1 = strings.random_string(rng, max(1, n // 10), "abcde")
    return {"s1": s1, "s2": _near_miss(rng, s1, n)}
