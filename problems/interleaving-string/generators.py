"""The longest strings (100 + 100 letters into 200): interleavings that are true, near misses that are false,
and runs of one letter whose false answer makes a search without a memo try C(200, 100) orders."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(s1) = len(s2) (s1, s2 all a, s3 all a but its last letter)"
PART = Bound("len(s1), len(s2)", 0, 100)
WHOLE = Bound("len(s3)", 0, 200)


def interleave(rng, s1, s2):
    """A random interleaving of s1 and s2."""
    takes = [1] * len(s1) + [2] * len(s2)
    rng.shuffle(takes)
    out, i, j = [], 0, 0
    for take in takes:
        if take == 1:
            out.append(s1[i])
            i += 1
        else:
            out.append(s2[j])
            j += 1
    return "".join(out)


def _swap_adjacent_different(rng, s):
    """s with two neighbouring different letters swapped (same letters, different order)."""
    spots = [k for k in range(len(s) - 1) if s[k] != s[k + 1]]
    k = rng.choice(spots)
    return s[:k] + s[k + 1] + s[k] + s[k + 2:]


def hidden_cases():
    rng = random.Random(97)
    n = PART.max
    a1, a2 = strings.random_string(rng, n, "ab"), strings.random_string(rng, n, "ab")
    p1, p2 = strings.periodic(rng, n, 3, "ab"), strings.periodic(rng, n, 4, "ab")
    w1, w2 = strings.random_string(rng, n), strings.random_string(rng, n)
    mixed = interleave(rng, a1, a2)
    cases = [
        ("all empty", {"s1": "", "s2": "", "s3": ""}),
        ("s1 and s2 empty, s3 not", {"s1": "", "s2": "", "s3": "a"}),
        ("s2 empty, s3 equals s1", {"s1": "abc", "s2": "", "s3": "abc"}),
        ("s1 empty, s3 differs from s2", {"s1": "", "s2": "abc", "s3": "abd"}),
        ("s3 too short", {"s1": "ab", "s2": "cd", "s3": "acb"}),
        ("s3 too long", {"s1": "ab", "s2": "cd", "s3": "acbdd"}),
        ("greedy on s1 fails", {"s1": "aabd", "s2": "abdc", "s3": "aabdabcd"}),
        ("a run of 15 a, the last letter wrong", {"s1": "a" * 15, "s2": "a" * 15, "s3": "a" * 29 + "b"}),
        ("largest, runs of a, the last letter wrong", {"s1": "a" * n, "s2": "a" * n, "s3": "a" * (2 * n - 1) + "b"}),
        ("largest, runs of a, a b in the middle", {"s1": "a" * n, "s2": "a" * (n - 1) + "b",
                                                     "s3": "a" * n + "b" + "a" * (n - 1)}),
        ("largest, runs of a, true", {"s1": "a" * n, "s2": "a" * n, "s3": "a" * (2 * n)}),
        ("largest, two letters, true", {"s1": a1, "s2": a2, "s3": mixed}),
        ("largest, two letters, two letters swapped", {"s1": a1, "s2": a2, "s3": _swap_adjacent_different(rng, mixed)}),
        ("largest, periodic, true", {"s1": p1, "s2": p2, "s3": interleave(rng, p1, p2)}),
        ("largest, periodic, s3 reversed", {"s1": p1, "s2": p2, "s3": interleave(rng, p1, p2)[::-1]}),
        ("largest, 26 letters, true", {"s1": w1, "s2": w2, "s3": interleave(rng, w1, w2)}),
        ("largest, 26 letters, s2 then s1", {"s1": w1, "s2": w2, "s3": w2 + w1}),
        ("largest, 26 letters, a letter changed",
         {"s1": w1, "s2": w2, "s3": _change_one(rng, interleave(rng, w1, w2))}),
        ("largest, same letters, different order", {"s1": a1, "s2": a2,
                                                   "s3": "".join(sorted(a1 + a2))}),
        ("s1 longest, s2 empty", {"s1": w1, "s2": "", "s3": w1}),
    ]
    return cases


def _change_one(rng, s):
    k = rng.randrange(len(s))
    return s[:k] + ("z" if s[k] != "z" else "y") + s[k + 1:]


@st.composite
def _inputs(draw):
    s1 = draw(strings.strategy("ab", 0, 6))
    s2 = draw(strings.strategy("ab", 0, 6))
    kind = draw(st.sampled_from(["interleaving", "permuted", "random"]))
    if kind == "random":
        s3 = draw(strings.strategy("ab", 0, 12))
    else:
        seed = draw(st.integers(0, 2**16))
        s3 = interleave(random.Random(seed), s1, s2)
        if kind == "permuted":
            s3 = "".join(draw(st.permutations(list(s3))))
    return {"s1": s1, "s2": s2, "s3": s3}


def strategy():
    return _inputs()


def validate(case):
    strings.check(case["s1"], strings.LOWER, PART.min, PART.max, "s1")
    strings.check(case["s2"], strings.LOWER, PART.min, PART.max, "s2")
    strings.check(case["s3"], strings.LOWER, WHOLE.min, WHOLE.max, "s3")


def input_of_size(n, rng):
    n = PART.clamp(n)
    return {"s1": "a" * n, "s2": "a" * n, "s3": "a" * max(0, 2 * n - 1) + "b" * (n > 0)}
