"""Masked attention's hard shapes: left padding under a causal mask (the first queries see
nothing), a sequence of padding only, right padding, no padding, one head and one feature per
head, T = 1, saturated softmax (large x), and the largest batch (B * T * E = 2^17).

Any approach is a few batched matrix products; a Python loop over queries with torch ops stays
within a few times that on these sizes, so there is no time_limit/."""

import math
import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of inputs (B * T * E)"


def _matrix(rng, rows, cols, scale):
    return [[max(-1.0, min(1.0, round(rng.gauss(0, scale), 5))) for _ in range(cols)] for _ in range(rows)]


def _padding(rng, batch, length, style):
    masks = []
    for b in range(batch):
        real = rng.randint(0, length) if style != "none" else length
        if style == "all" or (style == "mixed" and b == 0):
            real = 0
        pad = length - real
        if style in ("left", "mixed") and b % 2 == 0:
            masks.append([True] * pad + [False] * real)
        else:
            masks.append([False] * real + [True] * pad)
    return masks


def _case(seed, batch, length, embed, heads, causal=True, style="mixed", x_scale=1.0):
    rng = random.Random(seed)
    scale = 1 / math.sqrt(embed)
    x = [[[max(-10.0, min(10.0, round(rng.gauss(0, x_scale), 4))) for _ in range(embed)] for _ in range(length)]
         for _ in range(batch)]
    return {"x": x, "in_proj_weight": _matrix(rng, 3 * embed, embed, scale),
            "in_proj_bias": [round(rng.uniform(-0.1, 0.1), 5) for _ in range(3 * embed)],
            "out_proj_weight": _matrix(rng, embed, embed, scale),
            "out_proj_bias": [round(rng.uniform(-0.5, 0.5), 5) for _ in range(embed)],
            "num_heads": heads, "key_padding_mask": _padding(rng, batch, length, style), "causal": causal}


def hidden_cases():
    return [
        ("largest, B = 16, T = 128, E = 64, 8 heads, causal, left and right padding", _case(1, 16, 128, 64, 8)),
        ("widest, E = 128, 4 heads, not causal", _case(2, 4, 64, 128, 4, causal=False)),
        ("left padding under a causal mask: first queries see nothing", _case(3, 8, 32, 16, 2, style="left")),
        ("a sequence of padding only", _case(4, 3, 10, 8, 2, style="all")),
        ("right padding, causal", _case(5, 8, 40, 32, 4, style="right")),
        ("no padding, causal", _case(6, 4, 50, 24, 3, style="none")),
        ("no padding, not causal", _case(7, 4, 20, 12, 6, causal=False, style="none")),
        ("one head", _case(8, 2, 30, 16, 1)),
        ("one feature per head", _case(9, 2, 20, 8, 8)),
        ("T = 1", _case(10, 32, 1, 16, 4)),
        ("large x: saturated softmax", _case(11, 4, 30, 16, 2, x_scale=6.0)),
        ("32 sequences, padding not causal", _case(12, 32, 16, 16, 4, causal=False)),
    ]


def input_of_size(n, rng):
    # Short sequences, so the batch (what grows with n; T stays fixed, as attention is quadratic in it)
    # grows from small n on: one sequence of 32 x 16 would hold the input flat until n = 1024.
    embed, length = 8, 8
    return _case(rng.randrange(10 ** 9), max(1, n // (embed * length)), length, embed, 2)


@st.composite
def _small(draw):
    heads = draw(st.integers(1, 2))
    embed = heads * draw(st.integers(1, 2))
    batch, length = draw(st.integers(1, 2)), draw(st.integers(1, 4))
    value = st.floats(-10, 10, allow_nan=False, allow_subnormal=False, width=32)
    weight = st.floats(-1, 1, allow_nan=False, allow_subnormal=False, width=32)
    matrix = lambda rows, cols, v: st.lists(st.lists(v, min_size=cols, max_size=cols), min_size=rows, max_size=rows)
    return {"x": draw(st.lists(matrix(length, embed, value), min_size=batch, max_size=batch)),
            "in_proj_weight": draw(matrix(3 * embed, embed, weight)),
            "in_proj_bias": draw(st.lists(weight, min_size=3 * embed, max_size=3 * embed)),
            "out_proj_weight": draw(matrix(embed, embed, weight)),
            "out_proj_bias": draw(st.lists(weight, min_size=embed, max_size=embed)),
            "num_heads": heads,
            "key_padding_mask": draw(st.lists(st.lists(st.booleans(), min_size=length, max_size=length),
                                              min_size=batch, max_size=batch)),
            "causal": draw(st.booleans())}


def strategy():
    return _small()


def validate(case):
    batch, length, embed = tensors.shape(case["x"], "x")
    assert 1 <= batch <= 32 and 1 <= length <= 128 and 1 <= embed <= 128, "x must be (B, T, E) within the limits"
    assert batch * length * embed <= 2 ** 17, "B * T * E is over 2^17"
    heads = case["num_heads"]
    assert 1 <= heads <= embed and embed % heads == 0, "num_heads must divide E"
    wanted = {"in_proj_weight": ((3 * embed, embed), "(3E, E)"), "in_proj_bias": ((3 * embed,), "(3E,)"),
              "out_proj_weight": ((embed, embed), "(E, E)"), "out_proj_bias": ((embed,), "(E,)")}
    for name, (dims, written) in wanted.items():
        assert tensors.shape(case[name], name) == dims, f"{name} must be {written}"
    assert all(abs(v) <= 10 for v in tensors.flat(case["x"])), "an entry of x is beyond 10"
    for name in ("in_proj_weight", "in_proj_bias", "out_proj_weight", "out_proj_bias"):
        assert all(abs(v) <= 1 for v in tensors.flat(case[name])), f"an entry of {name} is beyond 1"
    mask = case["key_padding_mask"]
    assert tensors.shape(mask, "key_padding_mask") == (batch, length), "key_padding_mask must be (B, T)"
    assert all(type(v) is bool for v in tensors.flat(case["key_padding_mask"])), "key_padding_mask must be bool"
    assert type(case["causal"]) is bool, "causal must be a bool"
