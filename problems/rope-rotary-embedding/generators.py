"""Positions from 0 to 10^5 (angles of 10^5 radians), offsets as after a KV cache,
unsorted and repeated positions, d = 2 (one pair), the widest heads (d = 256), bases from
2 to 10^6, vectors whose halves differ (so pairing adjacent coordinates shows), and the
largest input.

RoPE is element-wise work, O(n d) for any approach, so there is no time_limit/: at most
5 * 10^4 entries, because every run decodes each case's JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_ELEMENTS = 5 * 10**4
MAX_POSITION = 10**5
SIZE = "n (tokens), with d = 64"


def _case(rng, n, d, positions, base=10000.0):
    return {"x": [[rng.uniform(-10, 10) for _ in range(d)] for _ in range(n)], "positions": positions, "base": base}


def hidden_cases():
    rng = random.Random(127)
    return [
        ("largest, d = 128, positions 0..389", _case(rng, 390, 128, list(range(390)))),
        ("largest, d = 256, KV-cache offset 99800", _case(rng, 195, 256, list(range(99_800, 99_995)))),
        ("many tokens, d = 8, random positions up to 10^5", _case(rng, 5000, 8, [rng.randint(0, MAX_POSITION) for _ in range(5000)])),
        ("unsorted, repeated positions", _case(rng, 300, 32, [rng.choice([0, 5, 5, 17, 4096]) for _ in range(300)])),
        ("d = 2 (one pair)", _case(rng, 1000, 2, [rng.randint(0, 1000) for _ in range(1000)])),
        ("base 2", _case(rng, 100, 16, list(range(100)), base=2.0)),
        ("base 10^6 (long-context models)", _case(rng, 200, 64, list(range(50_000, 50_200)), base=1e6)),
        ("base 500000", _case(rng, 64, 128, [rng.randint(0, MAX_POSITION) for _ in range(64)], base=500000.0)),
        ("position 0 only (identity)", _case(rng, 10, 16, [0] * 10)),
        ("one token at the last position", _case(rng, 1, 64, [MAX_POSITION])),
    ]


def input_of_size(n, rng):
    n = max(1, min(n, MAX_ELEMENTS // 64))
    return _case(rng, n, 64, list(range(n)))


@st.composite
def _small(draw):
    n, d = draw(st.integers(1, 3)), draw(st.sampled_from([2, 4, 6, 8]))
    value = st.floats(-10, 10, allow_nan=False)
    return {"x": [[draw(value) for _ in range(d)] for _ in range(n)],
            "positions": [draw(st.integers(0, 50) | st.integers(0, MAX_POSITION)) for _ in range(n)],
            "base": draw(st.sampled_from([10000.0, 100.0, 2.0, 1e6]))}


def strategy():
    return _small()


def validate(case):
    x, positions = case["x"], case["positions"]
    assert isinstance(x, list) and x and all(isinstance(r, list) and r for r in x), "x must be 2-D"
    assert len({len(r) for r in x}) == 1, "x is ragged"
    n, d = len(x), len(x[0])
    assert 1 <= n <= 5000 and 2 <= d <= 256 and d % 2 == 0 and n * d <= MAX_ELEMENTS, f"x has shape ({n}, {d})"
    assert all(-10 <= v <= 10 for r in x for v in r), "an entry of x is outside [-10, 10]"
    assert len(positions) == n, f"{len(positions)} positions for {n} tokens"
    assert all(type(p) is int and 0 <= p <= MAX_POSITION for p in positions), "a position is outside [0, 10^5]"
    assert 2 <= case["base"] <= 1e6, f"base = {case['base']} is outside [2, 10^6]"
