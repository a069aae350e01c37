"""The largest batches, N = 2 (where N vs N - 1 matters most), constant and low-variance
features, and the momentum extremes.

Batch norm is element-wise work, O(N * D) for any approach, so size tests nothing that
scale does not: x has at most 2^15 elements (about 0.7 MB of JSON), because every run
decodes each case's JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

SIZE = "N (the batch size, with D = 64)"
MAX_ELEMENTS = 2 ** 15


def _column(rng, n):
    kind = rng.choice(["normal", "normal", "wide", "tiny", "constant"])
    if kind == "constant":
        return [rng.uniform(-100, 100)] * n
    centre = rng.uniform(-200, 200)
    scale = {"normal": 1.0, "wide": 100.0, "tiny": 0.002}[kind]
    return [max(-1000.0, min(1000.0, centre + rng.gauss(0, scale))) for _ in range(n)]


def _case(seed, n, d, momentum=None, eps=None):
    rng = random.Random(seed)
    columns = [_column(rng, n) for _ in range(d)]
    return {
        "x": [[columns[j][i] for j in range(d)] for i in range(n)],
        "gamma": [rng.uniform(-3, 3) for _ in range(d)],
        "beta": [rng.uniform(-3, 3) for _ in range(d)],
        "running_mean": [rng.uniform(-10, 10) for _ in range(d)],
        "running_var": [rng.uniform(0, 10) for _ in range(d)],
        "momentum": rng.choice([0.1, 0.01, 0.5]) if momentum is None else momentum,
        "eps": rng.choice([1e-5, 1e-3]) if eps is None else eps,
    }


def hidden_cases():
    cases = [
        ("largest, tall batch 4096 x 8", _case(1, 4096, 8)),
        ("large, wide 16 x 1024", _case(2, 16, 1024)),
        ("large, N = 2", _case(3, 2, 1024, 0.1, 1e-5)),
        ("large, momentum 1", _case(4, 500, 32, 1.0, 1e-5)),
        ("large, momentum 0.9", _case(5, 256, 64, 0.9, 1e-6)),
    ]
    for seed in range(6, 18):
        rng = random.Random(seed)
        n, d = rng.randint(2, 40), rng.randint(1, 20)
        cases.append((f"random {n} x {d}", _case(seed, n, d)))
    return cases


def input_of_size(n, rng):
    return _case(rng.randrange(10**9), max(2, n), 64)


@st.composite
def _small(draw):
    n, d = draw(st.integers(2, 4)), draw(st.integers(1, 3))
    floats = lambda lo, hi: st.floats(lo, hi, allow_nan=False, allow_subnormal=False)
    vector = lambda lo, hi: draw(st.lists(floats(lo, hi), min_size=d, max_size=d))
    return {
        "x": [vector(-1000, 1000) for _ in range(n)],
        "gamma": vector(-10, 10), "beta": vector(-10, 10),
        "running_mean": vector(-1000, 1000), "running_var": vector(0, 1e6),
        "momentum": draw(st.sampled_from([0.1, 0.0, 1.0]) | floats(0, 1)),
        "eps": draw(st.sampled_from([1e-5, 1e-3]) | floats(1e-6, 1)),
    }


def strategy():
    return _small()


def validate(case):
    x = case["x"]
    assert isinstance(x, list) and all(isinstance(r, list) for r in x), "x must be 2-D"
    n, d = len(x), len(x[0]) if x else 0
    assert 2 <= n <= 4096 and 1 <= d <= 1024, f"shape ({n}, {d}) is out of range"
    assert all(len(r) == d for r in x), "x is ragged"
    assert n * d <= MAX_ELEMENTS, "x has more than 2^15 elements"
    assert all(abs(v) <= 1000 for r in x for v in r), "an entry of x is beyond 1000"
    bounds = {"gamma": (-10, 10), "beta": (-10, 10), "running_mean": (-1000, 1000), "running_var": (0, 1e6)}
    for name, (lo, hi) in bounds.items():
        assert len(case[name]) == d, f"{name} must have shape (D,)"
        assert all(lo <= v <= hi for v in case[name]), f"an entry of {name} is out of [{lo}, {hi}]"
    assert 0 <= case["momentum"] <= 1, "momentum must be in [0, 1]"
    assert 1e-6 <= case["eps"] <= 1, "eps must be in [1e-6, 1]"
