"""Strings of up to 10^4 brackets: deep nesting, long valid runs spoiled at the very end, crossed pairs.

"Unmatched closers, then nested pairs" puts 3334 closers that never cancel before 3333 nested pairs:
a search that deletes one matched pair and rescans from the start walks past the closers every time."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 10**4)
BRACKETS = "()[]{}"
OPENERS, CLOSERS = "([{", ")]}"
SIZE = "len(s)"


def _balanced(rng, pairs, depth_bias=0.5):
    """A random valid string of `pairs` pairs; a higher depth_bias nests deeper."""
    out, still_open = [], []
    remaining = pairs
    while remaining or still_open:
        if remaining and (not still_open or rng.random() < depth_bias):
            kind = rng.randrange(3)
            out.append(OPENERS[kind])
            still_open.append(kind)
            remaining -= 1
        else:
            out.append(CLOSERS[still_open.pop()])
    return "".join(out)


def _nested(rng, pairs):
    kinds = [rng.randrange(3) for _ in range(pairs)]
    return "".join(OPENERS[k] for k in kinds) + "".join(CLOSERS[k] for k in reversed(kinds))


def _spoil(rng, text, position):
    """The same string with the bracket at `position` replaced by a closer of another kind."""
    char = text[position]
    wrong = rng.choice([c for c in CLOSERS if c != char])
    return text[:position] + wrong + text[position + 1:]


def hidden_cases():
    rng = random.Random(20)
    half = N.max // 2
    deep = _nested(rng, half)
    wide = _balanced(rng, half, 0.5)
    cases = [
        ("largest, 5000 nested pairs", {"s": deep}),
        ("largest, random valid", {"s": wide}),
        ("largest, shallow valid", {"s": _balanced(rng, half, 0.2)}),
        ("largest, nested, last closer of the wrong kind", {"s": _spoil(rng, deep, N.max - 1)}),
        ("largest, random, last closer of the wrong kind", {"s": _spoil(rng, wide, N.max - 1)}),
        ("largest, nested, innermost pairs crossed", {"s": deep[:half - 2] + "([)]" + deep[half + 2:]}),
        ("largest, only openers", {"s": "".join(rng.choice(OPENERS) for _ in range(N.max))}),
        ("largest, only closers", {"s": "".join(rng.choice(CLOSERS) for _ in range(N.max))}),
        ("largest, valid plus one opener left open", {"s": _balanced(rng, half - 1) + "(("}),
        ("largest, one closer too many at the start", {"s": ")" + _balanced(rng, half - 1) + "("}),
        ("unmatched closers, then nested pairs", {"s": ")" * 3334 + _nested(rng, 3333)}),
        ("odd length", {"s": _balanced(rng, 2000) + "["}),
    ]
    for seed in range(1, 7):
        r = random.Random(seed)
        text = _balanced(r, r.randint(1, 40), r.random())
        if seed % 2:
            text = _spoil(r, text, r.randrange(len(text)))
        cases.append((f"random {seed}", {"s": text}))
    return cases


@st.composite
def _inputs(draw):
    # half the time a valid string (random text is almost never valid), the rest anything
    if draw(st.booleans()):
        seed = draw(st.integers(0, 10**6))
        pairs = draw(st.integers(1, 6))
        return {"s": _balanced(random.Random(seed), pairs, draw(st.sampled_from([0.2, 0.5, 0.8])))}
    return {"s": draw(st.text(alphabet=BRACKETS, min_size=1, max_size=12))}


def strategy():
    return _inputs()


def validate(case):
    strings.check(case["s"], BRACKETS, N.min, N.max)


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"s": _balanced(rng, n // 2) if n >= 2 else "("}
