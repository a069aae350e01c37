"""RMSNorm's hard shapes: rows so small that eps dominates their mean square, rows of zeros,
d = 1, huge magnitudes, the widest rows (d = 4096), and 3-D inputs up to 2 * 10^5 elements.

Element-wise over rows and O(n) for any approach: no loop-heavy version is 10x slower on inputs
whose JSON the child can decode in time, so there is no time_limit/."""

import math
import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of elements"
MAX_ELEMENTS = 2 * 10 ** 5


def _tensor(rng, shape, scale):
    count = math.prod(shape)
    flat = [max(-1e4, min(1e4, round(rng.gauss(0, 1) * scale, 6))) for _ in range(count)]
    return _nest(flat, shape)


def _nest(flat, shape):
    if len(shape) == 1:
        return flat
    step = math.prod(shape[1:])
    return [_nest(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def _case(seed, shape, scale=1.0, eps=1e-6):
    rng = random.Random(seed)
    return {"x": _tensor(rng, shape, scale), "weight": [round(rng.uniform(-2, 2), 4) for _ in range(shape[-1])],
            "eps": eps}


def hidden_cases():
    cases = [
        ("largest, 3-D (8, 64, 384)", _case(1, (8, 64, 384))),
        ("widest rows, d = 4096", _case(2, (48, 4096), eps=1e-5)),
        ("tiny rows: eps dominates the mean square", _case(3, (64, 256), scale=1e-4, eps=1e-6)),
        ("tiny rows, eps = 1e-2", _case(4, (16, 64), scale=1e-3, eps=1e-2)),
        ("huge magnitudes", _case(5, (32, 512), scale=3e3)),
        ("d = 1", _case(6, (500, 1))),
        ("1-D input", _case(7, (1000,))),
        ("smallest eps", _case(8, (8, 8, 8), eps=1e-8)),
    ]
    rng = random.Random(9)
    rows = [[0.0] * 16, [1e-5] * 16, [10000.0] * 16, [-1e4] + [0.0] * 15]
    rows += [[round(rng.gauss(0, 10 ** rng.uniform(-5, 3)), 7) for _ in range(16)] for _ in range(28)]
    cases.append(("mixed rows: zeros, constants, scales from 1e-5 to 1e3",
                  {"x": rows, "weight": [round(rng.uniform(-10, 10), 3) for _ in range(16)], "eps": 1e-6}))
    return cases


def input_of_size(n, rng):
    d = 64
    return _case(rng.randrange(10 ** 9), (max(1, n // d), d))


@st.composite
def _small(draw):
    d = draw(st.integers(1, 6))
    rows = draw(st.integers(1, 4))
    value = st.floats(-1e4, 1e4, allow_nan=False, allow_subnormal=False, width=32) | st.sampled_from([0.0, 1e-5])
    x = draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=rows, max_size=rows))
    weight = draw(st.lists(st.floats(-10, 10, allow_nan=False, width=32), min_size=d, max_size=d))
    eps = draw(st.sampled_from([1e-6, 1e-5, 1e-8, 1e-2]))
    return {"x": x, "weight": weight, "eps": eps}


def strategy():
    return _small()


def validate(case):
    shape = tensors.shape(case["x"], "x")
    assert 1 <= len(shape) <= 3, "x must have 1 to 3 dimensions"
    assert 1 <= shape[-1] <= 4096, "d must be in [1, 4096]"
    assert math.prod(shape) <= MAX_ELEMENTS, "more than 2 * 10^5 elements"
    assert all(abs(v) <= 1e4 for v in tensors.flat(case["x"])), "an entry of x is beyond 10^4"
    assert len(case["weight"]) == shape[-1], "weight must have d entries"
    assert all(abs(v) <= 10 for v in case["weight"]), "a weight is beyond 10"
    assert 1e-8 <= case["eps"] <= 1e-2, "eps must be in [1e-8, 1e-2]"
