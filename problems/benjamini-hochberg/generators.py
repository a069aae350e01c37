"""Mixtures of true nulls (uniform p-values) and real effects (p-values near 0), ties
(rounded p-values), zeros and ones, p-values near 1, cases where the step-up
rule rejects hypotheses the step-down rule keeps, adjusted values exactly equal to q (dyadic
p-values), m = 1, and the largest m, where a fresh minimum per rank is 5 * 10^9 steps.

validate() checks with exact fractions that no adjusted p-value is within 1e-9 of q unless
it equals q exactly and every usual float formulation agrees."""

import random
from fractions import Fraction

from hypothesis import strategies as st

from judge.kit import Bound

M = Bound("m", 1, 10**5)
SIZE = "m = len(p_values)"


def _mixture(rng, m, effects=0.1, strength=1e-3, decimals=None):
    values = [rng.random() * strength if rng.random() < effects else rng.random() for _ in range(m)]
    return [round(v, decimals) for v in values] if decimals is not None else values


def _dyadic(rng, m=1024, hits=100):
    """With m = 2^10 and q = 2^-3, the p-values j / 2^13 of ranks j <= hits have adjusted values
    exactly q (rejected); the rest are dyadic and larger, a little above q once adjusted."""
    values = [j / 8192 for j in range(1, hits + 1)] + [rng.randint(2 * hits, 8192) / 8192 for _ in range(m - hits)]
    rng.shuffle(values)
    return values


def _step_up_trap(m):
    """Ranks 1 to 9 have m p / j = 0.055 > q and rank 10 has 0.0495 <= q: step-up rejects all
    ten, step-down (stopping at the first failure) rejects none."""
    q = 0.05
    block = [0.055 * j / m for j in range(1, 10)] + [0.495 / m]
    return block + [0.5 + 0.5 * i / m for i in range(m - 10)], q


def hidden_cases():
    rng = random.Random(113)
    trap, trap_q = _step_up_trap(1000)
    return [
        ("largest, 10% real effects", {"p_values": _mixture(rng, M.max), "q": 0.05}),
        ("largest, rounded to 3 decimals (ties)", {"p_values": _mixture(rng, M.max, 0.3, 0.01, decimals=3), "q": 0.1}),
        ("largest, all nulls", {"p_values": [rng.random() for _ in range(M.max)], "q": 0.05}),
        ("dyadic p-values, m = 1024 (adjusted values exactly q)", {"p_values": _dyadic(rng), "q": 0.125}),
        ("step-up rejects what step-down keeps", {"p_values": trap, "q": trap_q}),
        ("zeros and ones", {"p_values": [0.0] * 5 + [1.0] * 5 + [0.5] * 5, "q": 0.05}),
        ("p-values near 1", {"p_values": [0.9, 0.95, 0.99, 1.0, 0.97], "q": 0.2}),
        ("every p-value equal", {"p_values": [0.03] * 100, "q": 0.05}),
        ("m = 1, rejected", {"p_values": [0.01], "q": 0.05}),
        ("m = 1, kept", {"p_values": [0.2], "q": 0.05}),
        ("strict q = 0.001, strong effects", {"p_values": _mixture(rng, 20_000, 0.05, 1e-8), "q": 0.001}),
    ]


def input_of_size(n, rng):
    return {"p_values": _mixture(rng, max(1, min(n, M.max))), "q": 0.05}


def _near_q(p, q):
    """Whether some adjusted p-value, in floats, is within 1e-6 of q (only then is the exact check needed)."""
    m = len(p)
    running = 2.0
    for rank, value in zip(range(m, 0, -1), sorted(p, reverse=True)):
        running = min(running, value * m / rank)
        if abs(running - q) <= 1e-6 * q:
            return True
    return False


def _unambiguous(case):
    p, q = case["p_values"], case["q"]
    if not _near_q(p, q):
        return True
    m = len(p)
    exact_q = Fraction(q)
    order = sorted(range(m), key=lambda i: p[i])
    running = None
    for rank in range(m, 0, -1):
        value = p[order[rank - 1]]
        scaled = Fraction(value) * m / rank
        running = scaled if running is None or scaled < running else running
        if running == exact_q:
            forms = {value * m / rank, value / (rank / m), m * value / rank}
            if forms != {q}:
                return False
        elif abs(running - exact_q) <= Fraction(1, 10**9) * exact_q:
            return False
    return True


@st.composite
def _small(draw):
    value = st.sampled_from([0.0, 1.0, 0.01, 0.02, 0.03, 0.0625, 0.125]) | st.floats(0, 1)
    return {"p_values": draw(st.lists(value, min_size=1, max_size=10)),
            "q": draw(st.sampled_from([0.05, 0.1, 0.25, 0.01]))}


def strategy():
    return _small().filter(_unambiguous)


def validate(case):
    p = case["p_values"]
    M.check(len(p), "len(p_values)")
    assert all(0.0 <= v <= 1.0 for v in p), "a p-value is outside [0, 1]"
    assert 0.0 < case["q"] < 1.0, f"q = {case['q']} is outside (0, 1)"
    assert _unambiguous(case), "an adjusted p-value is within rounding of q without equalling it"
