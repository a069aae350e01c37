"""Large inputs (the biggest allowed shapes), huge scores that overflow a plain exp, and masks.

The biggest shapes are n_q = n_k = 128 and d_k = d_v = 64 (about 0.6 MB of JSON): there is
no time_limit/ submission to catch, and every run decodes each case's JSON inside the
submission's CPU time, so larger shapes would only slow the judge down."""

import random

from hypothesis import strategies as st

SIZE = "n_q = n_k (with d_k = d_v = 64 and a causal mask)"
MAX_N, MAX_D = 128, 64


def _matrix(rng, rows, cols, scale):
    return [[rng.uniform(-scale, scale) for _ in range(cols)] for _ in range(rows)]


def _random_mask(rng, n_q, n_k, p):
    mask = [[rng.random() < p for _ in range(n_k)] for _ in range(n_q)]
    for row in mask:
        if not any(row):
            row[rng.randrange(n_k)] = True
    return mask


def _causal(n_q, n_k):
    return [[j <= i for j in range(n_k)] for i in range(n_q)]


def _case(seed, n_q, n_k, d_k, d_v, scale, mask):
    rng = random.Random(seed)
    case = {"Q": _matrix(rng, n_q, d_k, scale), "K": _matrix(rng, n_k, d_k, scale),
            "V": _matrix(rng, n_k, d_v, 1000.0 if scale >= 50 else 10.0)}
    if mask == "causal":
        case["mask"] = _causal(n_q, n_k)
    elif mask == "none":
        case["mask"] = None
    else:
        case["mask"] = _random_mask(rng, n_q, n_k, mask)
    return case


def hidden_cases():
    cases = [
        ("largest, causal mask", _case(1, MAX_N, MAX_N, MAX_D, MAX_D, 1.0, "causal")),
        ("largest, no mask", _case(2, MAX_N, MAX_N, MAX_D, MAX_D, 0.5, "none")),
        ("large, huge scores, random mask", _case(3, 64, 96, 64, 32, 100.0, 0.5)),
        ("large, huge scores, no mask", _case(4, 75, 50, 32, 16, 100.0, "none")),
        ("large, sparse mask", _case(5, 128, 128, 16, 8, 3.0, 0.02)),
    ]
    for seed in range(6, 18):
        rng = random.Random(seed)
        n_q, n_k = rng.randint(1, 40), rng.randint(1, 40)
        d_k, d_v = rng.randint(1, 16), rng.randint(1, 16)
        scale = rng.choice([0.5, 2.0, 5.0, 100.0])
        mask = rng.choice(["none", "causal", 0.3, 0.7]) if n_k >= n_q else rng.choice(["none", 0.3, 0.7])
        cases.append((f"random {n_q}x{n_k}, d_k={d_k}, mask={mask}", _case(seed, n_q, n_k, d_k, d_v, scale, mask)))
    return cases


def input_of_size(n, rng):
    return {"Q": _matrix(rng, n, 64, 1.0), "K": _matrix(rng, n, 64, 1.0), "V": _matrix(rng, n, 64, 10.0),
            "mask": _causal(n, n)}


@st.composite
def _small(draw):
    n_q, n_k = draw(st.integers(1, 3)), draw(st.integers(1, 4))
    d_k, d_v = draw(st.integers(1, 3)), draw(st.integers(1, 2))
    big = st.floats(-100, 100, allow_nan=False, allow_subnormal=False)

    def matrix(rows, cols, elements):
        flat = draw(st.lists(elements, min_size=rows * cols, max_size=rows * cols))
        return [flat[r * cols:(r + 1) * cols] for r in range(rows)]

    case = {"Q": matrix(n_q, d_k, big), "K": matrix(n_k, d_k, big),
            "V": matrix(n_k, d_v, st.floats(-1000, 1000, allow_nan=False, allow_subnormal=False))}
    if draw(st.booleans()):
        case["mask"] = None
    else:
        mask = matrix(n_q, n_k, st.booleans())
        for row in mask:
            if not any(row):
                row[draw(st.integers(0, n_k - 1))] = True
        case["mask"] = mask
    return case


def strategy():
    return _small()


def _shape(name, value):
    assert isinstance(value, list) and value and all(isinstance(r, list) for r in value), f"{name} must be 2-D"
    cols = {len(r) for r in value}
    assert len(cols) == 1, f"{name} is ragged"
    return len(value), cols.pop()


def validate(case):
    n_q, d_k = _shape("Q", case["Q"])
    n_k, d_k2 = _shape("K", case["K"])
    n_v, d_v = _shape("V", case["V"])
    assert d_k == d_k2, f"Q has d_k={d_k} but K has {d_k2}"
    assert n_v == n_k, f"V has {n_v} rows, K has {n_k}"
    assert 1 <= n_q <= MAX_N and 1 <= n_k <= MAX_N, "n_q and n_k must be in [1, 128]"
    assert 1 <= d_k <= MAX_D and 1 <= d_v <= MAX_D, "d_k and d_v must be in [1, 64]"
    for name, bound in (("Q", 100), ("K", 100), ("V", 1000)):
        assert all(abs(x) <= bound for row in case[name] for x in row), f"{name} has an entry beyond {bound}"
    mask = case["mask"]
    if mask is not None:
        assert _shape("mask", mask) == (n_q, n_k), "mask must have shape (n_q, n_k)"
        assert all(type(x) is bool for row in mask for x in row), "mask must hold booleans"
        assert all(any(row) for row in mask), "a row of mask is fully masked"
