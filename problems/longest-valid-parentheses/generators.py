"""The longest strings (3 * 10^4 brackets): all opens (every start scans to the end), long balanced blocks,
blocks that must be joined, and blocks cut by one stray bracket."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(s)"
LENGTH = Bound("len(s)", 0, 3 * 10**4)


def _balanced(rng, n):
    """A random well-formed sequence of n brackets (n even)."""
    out, open_count, remaining = [], 0, n
    while remaining:
        if open_count == remaining or (open_count and rng.random() < 0.5):
            out.append(")")
            open_count -= 1
        else:
            out.append("(")
            open_count += 1
        remaining -= 1
    return "".join(out)


def _biased(rng, n, opens):
    return "".join("(" if rng.random() < opens else ")" for _ in range(n))


def hidden_cases():
    rng = random.Random(32)
    n = LENGTH.max
    half = n // 2
    blocks = "".join(_balanced(rng, 2 * rng.randint(1, 50)) + rng.choice("()") for _ in range(400))[:n]
    cases = [
        ("a single (", {"s": "("}),
        ("a single )", {"s": ")"}),
        (")(", {"s": ")("}),
        ("(() repeated", {"s": "(()" * 10}),
        ("a block joins the block in front", {"s": "()(())"}),
        ("blocks joined around a nested one", {"s": "()((()))()"}),
        ("largest, all (", {"s": "(" * n}),
        ("largest, all )", {"s": ")" * n}),
        ("largest, () repeated", {"s": "()" * half}),
        ("largest, fully nested", {"s": "(" * half + ")" * half}),
        ("largest, nested, one extra ( at the front", {"s": "(" * (half + 1) + ")" * (half - 1)}),
        ("largest, nested, one extra ) at the end", {"s": "(" * (half - 1) + ")" * (half + 1)}),
        ("largest, ( repeated then ()", {"s": "(" * (n - 2) + "()"}),
        ("largest, balanced, a ( in the middle", {"s": _balanced(rng, half) + "(" + _balanced(rng, half - 2) + "("}),
        ("largest, balanced, a ) in the middle", {"s": _balanced(rng, half) + ")" + _balanced(rng, half - 2) + ")"}),
        ("largest, random balanced", {"s": _balanced(rng, n)}),
        ("largest, random", {"s": strings.random_string(rng, n, "()")}),
        ("largest, random, mostly (", {"s": _biased(rng, n, 0.7)}),
        ("largest, random, mostly )", {"s": _biased(rng, n, 0.3)}),
        ("largest, balanced blocks split by strays", {"s": blocks}),
        ("largest, (() repeated", {"s": "(()" * (n // 3)}),
        ("largest, ()) repeated", {"s": "())" * (n // 3)}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"s": strings.strategy("()", 0, 12)})


def validate(case):
    strings.check(case["s"], "()", LENGTH.min, LENGTH.max, "s")


def input_of_size(n, rng):
    return {"s": strings.random_string(rng, LENGTH.clamp(n), "()")}
