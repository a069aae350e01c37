"""Sorted lists up to 3 * 10^4 entries with exactly one pair adding up to target, the pair placed last,
first, far apart or as a repeated value, with a lone target/2 that must not pair with itself."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(numbers)", 2, 3 * 10**4)
V = Bound("numbers[i]", -1000, 1000)
T = Bound("target", -1000, 1000)
SIZE = "len(numbers)"


def _fillers(rng, target, a, b, low, high):
    """Values that can join the list without making a second pair: of each v and target - v, one side at most."""
    allowed = []
    for v in range(low, high + 1):
        partner = target - v
        if v in (a, b) or 2 * v == target:
            continue
        if not low <= partner <= high:
            allowed.append(v)
        elif v < partner:
            allowed.append(rng.choice((v, partner)))  # a coin flip per pair keeps exactly one side
    return sorted(allowed)


def _case(rng, n, target, a, low=V.low, high=V.high, lone_half=False):
    """n sorted numbers whose only pair adding up to target is (a, target - a)."""
    b = target - a
    allowed = _fillers(random.Random(rng.random()), target, a, b, low, high)
    rest = [rng.choice(allowed) for _ in range(n - 2)] if allowed else []
    if lone_half and a != b and target % 2 == 0 and rest:
        rest[0] = target // 2
    numbers = sorted(rest + [a, b])
    return {"numbers": numbers, "target": target}


def _pair_last(rng, n):
    """The pair 499 + 501 = 1000 at the very end, below it only smaller values: every earlier pair is too small."""
    return {"numbers": sorted(rng.randint(V.low, 498) for _ in range(n - 2)) + [499, 501], "target": 1000}


def _pair_count(numbers, target):
    counts = {}
    for v in numbers:
        counts[v] = counts.get(v, 0) + 1
    pairs = 0
    for v, c in counts.items():
        w = target - v
        if v < w:
            pairs += c * counts.get(w, 0)
        elif v == w:
            pairs += c * (c - 1) // 2
    return pairs


def hidden_cases():
    rng = random.Random(167)
    big = N.max
    cases = [
        ("two entries", {"numbers": [-1000, 1000], "target": 0}),
        ("two equal entries", {"numbers": [500, 500], "target": 1000}),
        ("the pair is a repeated value", {"numbers": [-3, 1, 4, 4, 9], "target": 8}),
        ("a lone target/2 before the pair", {"numbers": [1, 3, 4, 5], "target": 6}),
        ("negative target", {"numbers": [-1000, -999, -2, 0, 7], "target": -1000}),
        ("largest, the pair is the two largest", _pair_last(rng, big)),
        ("largest, the pair is the two smallest",
         {"numbers": [-501, -499] + sorted(rng.randint(-498, 1000) for _ in range(big - 2)), "target": -1000}),
        ("largest, the pair is the two ends", _case(rng, big, 0, -1000)),
        ("largest, random pair, lone target/2", _case(rng, big, 40, -7, lone_half=True)),
        ("largest, pair of equal values in the middle", _case(rng, big, 2, 1)),
        ("largest, four distinct values, the pair in the middle",
         {"numbers": [-5] * (big // 2) + [0, 2] + [9] * (big - big // 2 - 2), "target": 2}),
    ]
    for seed in range(1, 7):
        r = random.Random(seed)
        target = T.draw(r)
        a = r.randint(max(V.low, target - V.high), min(V.high, target - V.low))
        cases.append((f"random {seed}", _case(r, r.randint(2, big), target, min(a, target - a), lone_half=r.random() < 0.5)))
    return cases


@st.composite
def _inputs(draw):
    low, high = -12, 12
    target = draw(st.integers(-20, 20))
    a = draw(st.integers(max(low, target - high), min(high, target - low)))
    a = min(a, target - a)
    n = draw(st.integers(2, 10))
    rng = random.Random(draw(st.integers(0, 2**16)))
    return _case(rng, n, target, a, low, high, lone_half=draw(st.booleans()))


def strategy():
    return _inputs()


def validate(case):
    numbers, target = case["numbers"], case["target"]
    N.check(len(numbers))
    V.check_all(numbers)
    T.check(target)
    assert all(x <= y for x, y in zip(numbers, numbers[1:])), "numbers must be sorted in non-decreasing order"
    pairs = _pair_count(numbers, target)
    assert pairs == 1, f"{pairs} pairs of positions add up to target {target}, exactly one is required"


def input_of_size(n, rng):
    return _pair_last(rng, N.clamp(n))
