"""Mish's hard shapes: x past 709 (exp overflows float64) and down to -1000 (exp underflows),
values around 0 where every term of the derivative matters, a zero upstream gradient, and
10^5 elements in 1 to 3 dimensions.

Element-wise and O(n) for any approach, at sizes whose JSON the child decodes in time: no
loop-heavy version is 10x over the limit, so there is no time_limit/."""

import math
import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of elements"


def _nest(flat, shape):
    if len(shape) == 1:
        return flat
    step = math.prod(shape[1:])
    return [_nest(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def _value(rng):
    kind = rng.random()
    if kind < 0.5:
        return round(rng.gauss(0, 3), 9)
    if kind < 0.7:
        return round(rng.uniform(-1000, 1000), 6)
    if kind < 0.8:
        return round(rng.uniform(700, 720), 6) * rng.choice([1, -1])
    if kind < 0.9:
        return rng.choice([0.0, 1e-300, -1e-300, 1e-8, -1e-8, 1000.0, -1000.0, 20.0, -20.0, 37.0, -37.0])
    return round(rng.uniform(-40, 40), 9)


def _case(seed, shape, zero_upstream=False):
    rng = random.Random(seed)
    count = math.prod(shape)
    x = [_value(rng) for _ in range(count)]
    upstream = [0.0 if zero_upstream else round(rng.uniform(-10, 10), 6) for _ in range(count)]
    return {"x": _nest(x, shape), "grad_output": _nest(upstream, shape)}


def hidden_cases():
    return [
        ("largest, 1-D, 10^5 elements", _case(1, (10 ** 5,))),
        ("largest, 3-D (20, 50, 100)", _case(2, (20, 50, 100))),
        ("2-D (300, 300)", _case(3, (300, 300))),
        ("zero upstream gradient", _case(4, (1000,), zero_upstream=True)),
        ("one element", _case(5, (1,))),
        ("past the overflow: x from 700 to 720",
         {"x": [700.0 + i / 2 for i in range(41)], "grad_output": [1.0] * 41}),
        ("far negative: x from -1000 to -700",
         {"x": [-1000.0 + 7.5 * i for i in range(41)], "grad_output": [-3.0] * 41}),
        ("around zero", {"x": [i / 100 for i in range(-300, 301)], "grad_output": [2.5] * 601}),
    ]


def input_of_size(n, rng):
    return _case(rng.randrange(10 ** 9), (max(1, n),))


@st.composite
def _small(draw):
    size = draw(st.integers(1, 6))
    value = st.floats(-1000, 1000, allow_nan=False, allow_subnormal=False) | st.sampled_from([0.0, 709.8, -745.0])
    upstream = st.floats(-10, 10, allow_nan=False, allow_subnormal=False)
    return {"x": draw(st.lists(value, min_size=size, max_size=size)),
            "grad_output": draw(st.lists(upstream, min_size=size, max_size=size))}


def strategy():
    return _small()


def validate(case):
    shape = tensors.shape(case["x"], "x")
    assert 1 <= len(shape) <= 3 and math.prod(shape) <= 10 ** 5, "x must have 1 to 3 dimensions, <= 10^5 elements"
    assert tensors.shape(case["grad_output"], "grad_output") == shape, "grad_output must have x's shape"
    assert all(abs(v) <= 1000 for v in tensors.flat(case["x"])), "an entry of x is beyond 1000"
    assert all(abs(v) <= 10 for v in tensors.flat(case["grad_output"])), "an entry of grad_output is beyond 10"
