"""The largest inputs (5 * 10^7 multiply-adds, which a Python loop per multiply-add cannot
finish), non-square shapes, strides that do not divide, big padding.

x has at most 2^15 elements (about 0.5 MB of JSON a case, weights included): the work
comes from the channels and the kernel, not from the size of x. The most there can be is
2^15 * 32 output channels * 7 * 7 (a 7 x 7 kernel, same padding), which
time_limit/nested_list_indexing.py, about 600 ns a multiply-add, needs over 20 s for
against a 2 s limit, while the reference takes a few ms. (Indexing with one tuple,
x[b, c, i, j], is about 240 ns a step: 12 s, only 6x the limit.) Larger inputs would
only slow every run down, because each run decodes the case's JSON inside the
submission's CPU time."""

import random

from hypothesis import strategies as st

SIZE = "H = W (N = 2, C_in = C_out = 8, 3 x 3 kernel, stride 1, padding 1)"
MAX_ELEMENTS = 2 ** 15


def _case(seed, n, c_in, h, w, c_out, k_h, k_w, stride, padding):
    rng = random.Random(seed)
    x = [[[[round(rng.uniform(-10, 10), 4) for _ in range(w)] for _ in range(h)] for _ in range(c_in)]
         for _ in range(n)]
    weight = [[[[round(rng.uniform(-1, 1), 4) for _ in range(k_w)] for _ in range(k_h)] for _ in range(c_in)]
              for _ in range(c_out)]
    bias = [round(rng.uniform(-10, 10), 4) for _ in range(c_out)]
    return {"x": x, "weight": weight, "bias": bias, "stride": stride, "padding": padding}


def hidden_cases():
    cases = [
        ("largest, 7x7 kernel, same padding", _case(20, 1, 32, 32, 32, 32, 7, 7, 1, 3)),
        ("largest, 5x5 kernel, same padding", _case(1, 1, 32, 32, 32, 32, 5, 5, 1, 2)),
        ("largest, 3x3 kernel, same padding", _case(19, 4, 8, 32, 32, 32, 3, 3, 1, 1)),
        ("large, 7x7 kernel, stride 2, padding 3", _case(2, 1, 8, 64, 64, 16, 7, 7, 2, 3)),
        ("large, 5x5 kernel, 16 channels", _case(3, 2, 16, 32, 32, 16, 5, 5, 1, 2)),
        ("large, non-square 5x3 kernel, stride 3", _case(4, 2, 8, 37, 29, 8, 5, 3, 3, 2)),
        ("large, 1x1 kernel, stride 2", _case(5, 4, 8, 16, 64, 32, 1, 1, 2, 0)),
        ("large, stride 4 > kernel 2", _case(6, 2, 4, 63, 61, 5, 2, 2, 4, 1)),
    ]
    for seed in range(7, 19):
        rng = random.Random(seed)
        padding, stride = rng.randint(0, 3), rng.randint(1, 4)
        h, w = rng.randint(1, 12), rng.randint(1, 12)
        k_h, k_w = rng.randint(1, min(7, h + 2 * padding)), rng.randint(1, min(7, w + 2 * padding))
        n, c_in, c_out = rng.randint(1, 3), rng.randint(1, 4), rng.randint(1, 4)
        cases.append((f"random {n}x{c_in}x{h}x{w}, kernel {c_out}x{k_h}x{k_w}, stride {stride}, padding {padding}",
                      _case(seed, n, c_in, h, w, c_out, k_h, k_w, stride, padding)))
    return cases


def input_of_size(n, rng):
    return _case(rng.randrange(10**9), 2, 8, n, n, 8, 3, 3, 1, 1)


@st.composite
def _small(draw):
    n, c_in, c_out = draw(st.integers(1, 2)), draw(st.integers(1, 2)), draw(st.integers(1, 2))
    h, w = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    stride, padding = draw(st.integers(1, 3)), draw(st.integers(0, 2))
    k_h, k_w = draw(st.integers(1, min(3, h + 2 * padding))), draw(st.integers(1, min(3, w + 2 * padding)))
    value = lambda bound: st.floats(-bound, bound, allow_nan=False, allow_subnormal=False)

    def array(shape, bound):
        if len(shape) == 1:
            return draw(st.lists(value(bound), min_size=shape[0], max_size=shape[0]))
        return [array(shape[1:], bound) for _ in range(shape[0])]

    return {"x": array((n, c_in, h, w), 10), "weight": array((c_out, c_in, k_h, k_w), 1),
            "bias": array((c_out,), 10), "stride": stride, "padding": padding}


def strategy():
    return _small()


def _shape(value, depth, name):
    shape = []
    level = value
    for _ in range(depth):
        assert isinstance(level, list) and level, f"{name} must be a non-empty {depth}-D array"
        shape.append(len(level))
        level = level[0]
    flat = [value]
    for d in range(depth):
        assert all(isinstance(v, list) and len(v) == shape[d] for v in flat), f"{name} is ragged"
        flat = [item for v in flat for item in v]
    return tuple(shape), flat


def validate(case):
    (n, c_in, h, w), xs = _shape(case["x"], 4, "x")
    (c_out, c_in2, k_h, k_w), ws = _shape(case["weight"], 4, "weight")
    (c_out2,), bs = _shape(case["bias"], 1, "bias")
    stride, padding = case["stride"], case["padding"]
    assert 1 <= n <= 4 and 1 <= c_in <= 32 and 1 <= h <= 64 and 1 <= w <= 64, "x's shape is out of range"
    assert len(xs) <= MAX_ELEMENTS, "x has more than 2^15 elements"
    assert c_in2 == c_in, f"weight has {c_in2} input channels, x has {c_in}"
    assert 1 <= c_out <= 32 and 1 <= k_h <= 7 and 1 <= k_w <= 7, "weight's shape is out of range"
    assert c_out2 == c_out, "bias must have shape (C_out,)"
    assert type(stride) is int and 1 <= stride <= 4, "stride must be in [1, 4]"
    assert type(padding) is int and 0 <= padding <= 3, "padding must be in [0, 3]"
    assert k_h <= h + 2 * padding and k_w <= w + 2 * padding, "the kernel is larger than the padded image"
    assert all(abs(v) <= 10 for v in xs) and all(abs(v) <= 10 for v in bs), "x or bias has an entry beyond 10"
    assert all(abs(v) <= 1 for v in ws), "weight has an entry beyond 1"
