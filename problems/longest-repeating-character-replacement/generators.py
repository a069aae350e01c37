"""Strings up to 10^5 letters: one letter throughout, long runs broken by k + 1 strangers, runs far apart."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 10**5)
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SIZE = "len(s)"


def _random(rng, n, alphabet=UPPER):
    return strings.random_string(rng, n, alphabet)


def _runs(rng, n, letters, mean_run):
    """Runs of random letters with lengths around mean_run, cut to n."""
    out = []
    while len(out) < n:
        out += rng.choice(letters) * rng.randint(1, 2 * mean_run)
    return "".join(out[:n])


def _sprinkled(rng, n, strangers):
    """Mostly A with `strangers` other letters at random positions."""
    chars = ["A"] * n
    for position in rng.sample(range(n), strangers):
        chars[position] = rng.choice(UPPER[1:])
    return "".join(chars)


def hidden_cases():
    rng = random.Random(424)
    big = N.max
    cases = [
        ("one letter, k 0", {"s": "Z", "k": 0}),
        ("one letter, k 1", {"s": "Z", "k": 1}),
        ("k equals the length", {"s": "ABCDE", "k": 5}),
        ("alternating, k 0", {"s": "ABABAB", "k": 0}),
        ("common letter scattered", {"s": "ABACADAEA", "k": 1}),
        ("two runs split by k + 1", {"s": "AAABBAAA", "k": 1}),
        ("largest, one letter, k 0", {"s": "A" * big, "k": 0}),
        ("largest, one letter, k = n", {"s": "Q" * big, "k": big}),
        ("largest, random letters, k 0", {"s": _random(rng, big), "k": 0}),
        ("largest, random letters, k 1000", {"s": _random(rng, big), "k": 1000}),
        ("largest, two letters, k half", {"s": _random(rng, big, "AB"), "k": big // 2}),
        ("largest, mostly A, 500 strangers, k 100", {"s": _sprinkled(rng, big, 500), "k": 100}),
        ("largest, long runs, k 50", {"s": _runs(rng, big, "ABC", 300), "k": 50}),
        ("largest, best run at the very end", {"s": _random(rng, big - 5000, "XYZ") + "W" * 5000, "k": 3}),
        ("largest, A every other letter, k 20000", {"s": "".join("A" + rng.choice(UPPER[1:]) for _ in range(big // 2)),
                                                     "k": 20000}),
    ]
    for seed in range(1, 6):
        r = random.Random(seed)
        n = r.randint(1, big)
        cases.append((f"random {seed}", {"s": _runs(r, n, r.choice(("AB", "ABC", UPPER)), r.choice((1, 5, 50))),
                                         "k": r.randint(0, min(n, r.choice((3, 100, n))))}))
    return cases


@st.composite
def _inputs(draw):
    s = draw(st.text(alphabet="ABC", min_size=1, max_size=12))
    return {"s": s, "k": draw(st.integers(0, len(s)))}


def strategy():
    return _inputs()


def validate(case):
    s, k = case["s"], case["k"]
    assert isinstance(s, str), "s must be a string"
    N.check(len(s))
    strings.check(s, UPPER, 1, N.max)
    Bound("k", 0, len(s)).check(k)


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"s": _random(rng, n, "ABC"), "k": n // 10}
