"""KV-cache decoding's hard shapes: a one-token prompt, a long prompt with few new tokens and a
short one with many, one head and one feature per head, saturated softmax, and the largest
sequence ((P + S) * E = 2^16).

Decoding S tokens with a cache costs O(S (P + S) E + S E^2); recomputing every key and value
at every step costs O(S (P + S) E^2), but with torch's matrix products that stays within a
few times on these sizes, so there is no time_limit/ (the cache's saving is the lesson, the
answer is full causal attention either way)."""

import math
import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of tokens (P + S)"


def _matrix(rng, rows, cols, scale, bound):
    return [[max(-bound, min(bound, round(rng.gauss(0, scale), 5))) for _ in range(cols)] for _ in range(rows)]


def _case(seed, prompt, new, embed, heads, x_scale=1.0):
    rng = random.Random(seed)
    weights = {name: _matrix(rng, embed, embed, 1 / math.sqrt(embed), 1.0) for name in ("w_q", "w_k", "w_v", "w_o")}
    return {"prompt": _matrix(rng, prompt, embed, x_scale, 10.0), "new_tokens": _matrix(rng, new, embed, x_scale, 10.0),
            **weights, "num_heads": heads}


def hidden_cases():
    return [
        ("largest: P = 256, S = 256, E = 128, 8 heads", _case(1, 256, 256, 128, 8)),
        ("long prompt, few new tokens", _case(2, 512, 4, 64, 4)),
        ("one-token prompt, many new tokens", _case(3, 1, 200, 32, 4)),
        ("one head", _case(4, 20, 20, 16, 1)),
        ("one feature per head", _case(5, 10, 10, 8, 8)),
        ("saturated softmax", _case(6, 30, 10, 16, 2, x_scale=8.0)),
        ("one new token", _case(7, 64, 1, 32, 2)),
        ("E = 1", _case(8, 5, 5, 1, 1)),
    ]


def input_of_size(n, rng):
    half = max(1, n // 2)
    return _case(rng.randrange(10 ** 9), half, half, 32, 4)


@st.composite
def _small(draw):
    heads = draw(st.integers(1, 2))
    embed = heads * draw(st.integers(1, 2))
    prompt, new = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    value = st.floats(-10, 10, allow_nan=False, allow_subnormal=False, width=32)
    weight = st.floats(-1, 1, allow_nan=False, allow_subnormal=False, width=32)
    matrix = lambda rows, v: st.lists(st.lists(v, min_size=embed, max_size=embed), min_size=rows, max_size=rows)
    case = {"prompt": draw(matrix(prompt, value)), "new_tokens": draw(matrix(new, value))}
    for name in ("w_q", "w_k", "w_v", "w_o"):
        case[name] = draw(matrix(embed, weight))
    case["num_heads"] = heads
    return case


def strategy():
    return _small()


def validate(case):
    prompt, embed = tensors.shape(case["prompt"], "prompt")
    new, other = tensors.shape(case["new_tokens"], "new_tokens")
    assert other == embed, "prompt and new_tokens must have the same E"
    assert 1 <= prompt <= 512 and 1 <= new <= 256 and 1 <= embed <= 128, "P, S or E is out of range"
    assert (prompt + new) * embed <= 2 ** 16, "(P + S) * E is over 2^16"
    heads = case["num_heads"]
    assert 1 <= heads <= embed and embed % heads == 0, "num_heads must divide E"
    for name in ("prompt", "new_tokens"):
        assert all(abs(v) <= 10 for row in case[name] for v in row), f"an entry of {name} is beyond 10"
    for name in ("w_q", "w_k", "w_v", "w_o"):
        assert tensors.shape(case[name], name) == (embed, embed), f"{name} must be (E, E)"
        assert all(abs(v) <= 1 for row in case[name] for v in row), f"an entry of {name} is beyond 1"
