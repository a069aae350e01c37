"""A large batch (1000 examples), many experts and tasks, gate logits in the thousands (a
softmax without the maximum subtracted overflows), tied gate logits (uniform gates), one
expert (its gate is always 1), one task, experts whose ReLU zeroes most units, and
weights at their bounds.

The floats per case (batch * d + E * d * h + E * h + T * d * E) are at most 1.5 * 10^5
(about 3 MB of JSON), because each run decodes the case inside the submission's CPU time.
Every approach is a handful of matrix products, so there is no time_limit/ folder."""

import math
import random

from hypothesis import strategies as st

SIZE = "batch, d = 16, E = 4, h = 8, T = 2"
MAX_BATCH, MAX_D, MAX_H, MAX_E, MAX_T, MAX_FLOATS, LIMIT = 1000, 256, 256, 16, 8, 150_000, 10.0


def _r(x):
    return round(max(-LIMIT, min(LIMIT, x)), 6)


def _case(rng, batch, d, experts, h, tasks, gate_scale=1.0, expert_shift=0.0, x_scale=1.0):
    scale = 1 / math.sqrt(d)
    return {"x": [[_r(rng.gauss(0, x_scale)) for _ in range(d)] for _ in range(batch)],
            "expert_weights": [[[_r(rng.gauss(0, scale)) for _ in range(h)] for _ in range(d)] for _ in range(experts)],
            "expert_biases": [[_r(rng.gauss(expert_shift, 0.1)) for _ in range(h)] for _ in range(experts)],
            "gate_weights": [[[_r(rng.gauss(0, gate_scale * scale)) for _ in range(experts)] for _ in range(d)]
                             for _ in range(tasks)]}


def hidden_cases():
    rng = random.Random(41)
    tied = _case(rng, 100, 8, 6, 16, 3)
    tied["gate_weights"] = [[[0.5] * 6 for _ in range(8)] for _ in range(3)]
    bounds = {"x": [[rng.choice([-LIMIT, LIMIT]) for _ in range(64)] for _ in range(50)],
              "expert_weights": [[[rng.choice([-LIMIT, LIMIT]) for _ in range(4)] for _ in range(64)] for _ in range(3)],
              "expert_biases": [[rng.choice([-LIMIT, LIMIT]) for _ in range(4)] for _ in range(3)],
              "gate_weights": [[[rng.choice([-LIMIT, LIMIT]) for _ in range(3)] for _ in range(64)] for _ in range(2)]}
    return [
        ("largest batch, 1000 x 64, 8 experts of 16, 4 tasks", _case(rng, 1000, 64, 8, 16, 4)),
        ("16 experts, 8 tasks, d = 128, h = 32", _case(rng, 200, 128, 16, 32, 8)),
        ("wide, d = 256, h = 256, 2 experts", _case(rng, 50, 256, 2, 256, 2)),
        ("gate logits in the thousands", _case(rng, 300, 32, 6, 8, 3, gate_scale=400.0, x_scale=3.0)),
        ("tied gate logits (uniform gates)", tied),
        ("one expert: every gate is 1", _case(rng, 200, 16, 1, 8, 3)),
        ("one task", _case(rng, 500, 24, 5, 12, 1)),
        ("most units cut by the ReLU", _case(rng, 300, 16, 4, 8, 2, expert_shift=-1.0)),
        ("every weight at +-10", bounds),
    ]


def input_of_size(n, rng):
    return _case(rng, max(1, min(MAX_BATCH, n)), 16, 4, 8, 2)


@st.composite
def _small(draw):
    batch, d, experts, h, tasks = (draw(st.integers(1, top)) for top in (3, 3, 3, 2, 2))
    value = st.floats(-LIMIT, LIMIT, allow_nan=False, allow_subnormal=False)
    block = lambda *shape: draw(st.lists(value, min_size=math.prod(shape), max_size=math.prod(shape)))

    def shaped(flat, *shape):
        if len(shape) == 1:
            return flat
        step = len(flat) // shape[0]
        return [shaped(flat[i * step:(i + 1) * step], *shape[1:]) for i in range(shape[0])]

    return {"x": shaped(block(batch, d), batch, d),
            "expert_weights": shaped(block(experts, d, h), experts, d, h),
            "expert_biases": shaped(block(experts, h), experts, h),
            "gate_weights": shaped(block(tasks, d, experts), tasks, d, experts)}


def strategy():
    return _small()


def _shape(value):
    shape = []
    while isinstance(value, list):
        shape.append(len(value))
        value = value[0] if value else None
    return tuple(shape)


def _flat(value):
    return [a for item in value for a in _flat(item)] if isinstance(value, list) else [value]


def validate(case):
    batch, d = _shape(case["x"])
    experts, d_e, h = _shape(case["expert_weights"])
    tasks, d_g, e_g = _shape(case["gate_weights"])
    assert 1 <= batch <= MAX_BATCH and 1 <= d <= MAX_D, "x must have shape (batch, d) within the bounds"
    assert 1 <= experts <= MAX_E and 1 <= h <= MAX_H and 1 <= tasks <= MAX_T, "E, h or T is out of bounds"
    assert d_e == d and d_g == d and e_g == experts, "expert_weights must be (E, d, h) and gate_weights (T, d, E)"
    assert _shape(case["expert_biases"]) == (experts, h), "expert_biases must have shape (E, h)"
    for name in ("x", "expert_weights", "expert_biases", "gate_weights"):
        values = _flat(case[name])
        assert len(values) == math.prod(_shape(case[name])), f"{name} is ragged"
        assert all(abs(a) <= LIMIT for a in values), f"an entry of {name} is beyond 10 in size"
    assert batch * d + experts * d * h + experts * h + tasks * d * experts <= MAX_FLOATS, "too many floats"
