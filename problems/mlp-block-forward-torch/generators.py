"""The MLP block's hard shapes: the largest block (N * E = 2^16, F = 512), rows with a large
offset (LayerNorm's centring matters) or almost constant (its eps matters), F != E (a missing
transpose cannot pass by luck), pre-activations where tanh-GELU and erf-GELU differ most
(|z| around 2), 3-D inputs, E = 1 (LayerNorm gives its bias).

Even a pure-Python block (N * E * F * 2 = 6.7 * 10^7 multiply-adds one at a time on the largest
case) takes about 2 s here, 2x the limit, not 10x, and larger weights would not fit a case's JSON
in the decoding time: there is no time_limit/."""

import math
import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of rows (N)"


def _matrix(rng, rows, cols, scale, bound=2.0):
    return [[max(-bound, min(bound, round(rng.gauss(0, scale), 5))) for _ in range(cols)] for _ in range(rows)]


def _nest(rows, shape):
    if len(shape) == 2:
        return rows
    return [rows[i * shape[1]:(i + 1) * shape[1]] for i in range(shape[0])]


def _case(seed, shape, hidden, x_scale=1.0, offset=0.0, spread=1.0):
    rng = random.Random(seed)
    embed = shape[-1]
    count = math.prod(shape[:-1])
    rows = [[max(-100.0, min(100.0, round(offset + rng.gauss(0, x_scale) * spread, 5))) for _ in range(embed)]
            for _ in range(count)]
    return {"x": _nest(rows, shape),
            "ln_weight": [round(rng.uniform(0.5, 1.5), 5) for _ in range(embed)],
            "ln_bias": [round(rng.uniform(-0.2, 0.2), 5) for _ in range(embed)],
            "fc1_weight": _matrix(rng, hidden, embed, 2 / math.sqrt(embed)),
            "fc1_bias": [round(rng.uniform(-0.5, 0.5), 5) for _ in range(hidden)],
            "fc2_weight": _matrix(rng, embed, hidden, 1 / math.sqrt(hidden)),
            "fc2_bias": [round(rng.uniform(-0.5, 0.5), 5) for _ in range(embed)]}


def hidden_cases():
    return [
        ("largest: N = 512, E = 128, F = 512", _case(1, (512, 128), 512)),
        ("3-D (8, 32, 64), F = 256", _case(2, (8, 32, 64), 256)),
        ("rows with a large offset: centring matters", _case(3, (64, 32), 128, offset=50.0)),
        ("almost constant rows: eps matters", _case(4, (64, 32), 64, spread=1e-3)),
        ("F != E, narrow", _case(5, (100, 16), 48)),
        ("E = 1", _case(6, (50, 1), 8)),
        ("F = 1", _case(7, (20, 12), 1)),
        ("large inputs", _case(8, (32, 64), 128, x_scale=40.0)),
    ]


def input_of_size(n, rng):
    return _case(rng.randrange(10 ** 9), (max(1, n), 32), 128)


@st.composite
def _small(draw):
    embed, hidden, rows = draw(st.integers(1, 3)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    value = st.floats(-100, 100, allow_nan=False, allow_subnormal=False, width=32)
    weight = st.floats(-2, 2, allow_nan=False, allow_subnormal=False, width=32)
    vector = lambda size: st.lists(weight, min_size=size, max_size=size)
    matrix = lambda r, c: st.lists(vector(c), min_size=r, max_size=r)
    return {"x": draw(st.lists(st.lists(value, min_size=embed, max_size=embed), min_size=rows, max_size=rows)),
            "ln_weight": draw(vector(embed)), "ln_bias": draw(vector(embed)),
            "fc1_weight": draw(matrix(hidden, embed)), "fc1_bias": draw(vector(hidden)),
            "fc2_weight": draw(matrix(embed, hidden)), "fc2_bias": draw(vector(embed))}


def strategy():
    return _small()


def validate(case):
    shape = tensors.shape(case["x"], "x")
    assert len(shape) in (2, 3), "x must be (N, E) or (B, T, E)"
    embed = shape[-1]
    assert 1 <= embed <= 128 and math.prod(shape) <= 2 ** 16, "E must be in [1, 128], at most 2^16 elements"
    hidden = len(case["fc1_bias"])
    assert 1 <= hidden <= 512, "F must be in [1, 512]"
    expected = {"ln_weight": (embed,), "ln_bias": (embed,), "fc1_weight": (hidden, embed), "fc1_bias": (hidden,),
                "fc2_weight": (embed, hidden), "fc2_bias": (embed,)}
    for name, wanted in expected.items():
        assert tensors.shape(case[name], name) == wanted, f"{name} must have shape {wanted}"
        assert all(abs(v) <= 2 for v in tensors.flat(case[name])), f"an entry of {name} is beyond 2"
    assert all(abs(v) <= 100 for v in tensors.flat(case["x"])), "an entry of x is beyond 100"
