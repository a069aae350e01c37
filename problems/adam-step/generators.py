"""The largest parameter arrays (10^4 elements), with gradient scales spread from 1e-9 to 10
(so both the eps placement and the bias correction show), early and late steps.

Adam is element-wise and O(n) for any approach, so size tests nothing a few thousand
elements do not: the arrays are kept to at most 10^4 elements (under 1 MB of JSON a case),
because every run decodes each case's JSON inside the submission's CPU time."""

import math
import random

from hypothesis import strategies as st

SIZE = "number of parameters"
MAX_ELEMENTS = 10 ** 4


def _values(rng, count):
    params, grads, m, v = [], [], [], []
    for _ in range(count):
        scale = 10 ** rng.uniform(-9, 1)  # per-parameter gradient scale
        params.append(rng.uniform(-5, 5))
        grads.append(rng.gauss(0, scale))
        m.append(rng.gauss(0, scale))
        v.append(scale * scale * rng.uniform(0.1, 2))
    return params, grads, m, v


def _case(seed, shape, t=None, lr=None, beta1=0.9, beta2=0.999, eps=1e-8):
    rng = random.Random(seed)
    count = math.prod(shape)
    arrays = _values(rng, count)
    if t == 1:  # a first step starts from zero state
        arrays = (arrays[0], arrays[1], [0.0] * count, [0.0] * count)
    if len(shape) == 2:
        arrays = tuple([a[i * shape[1]:(i + 1) * shape[1]] for i in range(shape[0])] for a in arrays)
    params, grads, m, v = arrays
    return {"params": params, "grads": grads, "m": m, "v": v,
            "t": rng.choice([1, 2, 3, 10, 100]) if t is None else t,
            "lr": rng.choice([1e-3, 1e-2, 3e-4]) if lr is None else lr,
            "beta1": beta1, "beta2": beta2, "eps": eps}


def hidden_cases():
    cases = [
        ("largest, 100 x 100, first step", _case(1, (100, 100), t=1, lr=1e-3)),
        ("largest, 1-D, t = 2", _case(2, (MAX_ELEMENTS,), t=2, lr=1e-3)),
        ("large, t = 10, beta2 = 0.9999", _case(3, (60, 60), t=10, lr=1e-2, beta2=0.9999)),
        ("large, late step", _case(4, (4000,), t=50000, lr=1e-4)),
        ("large, eps = 1e-6", _case(5, (64, 32), t=3, lr=1e-3, eps=1e-6)),
    ]
    for seed in range(6, 18):
        rng = random.Random(seed)
        shape = rng.choice([(rng.randint(1, 30),), (rng.randint(1, 8), rng.randint(1, 8))])
        beta1, beta2 = rng.choice([0.9, 0.5, 0.0, 0.99]), rng.choice([0.999, 0.99, 0.9999, 0.9])
        eps = rng.choice([1e-8, 1e-6, 1e-12, 1e-3])
        cases.append((f"random {shape}, beta1={beta1}, beta2={beta2}, eps={eps}",
                      _case(seed, shape, beta1=beta1, beta2=beta2, eps=eps)))
    return cases


def input_of_size(n, rng):
    return _case(rng.randrange(10**9), (max(1, n),))


@st.composite
def _small(draw):
    shape = draw(st.sampled_from([(1,), (2,), (3,), (4,), (1, 1), (2, 2), (1, 3)]))
    count = math.prod(shape)
    value = lambda lo, hi: st.floats(lo, hi, allow_nan=False, allow_subnormal=False)
    tiny = st.sampled_from([1e-9, -1e-7, 3e-6, 0.0])
    arrays = [draw(st.lists(value(-1000, 1000), min_size=count, max_size=count)),
              draw(st.lists(value(-1000, 1000) | tiny, min_size=count, max_size=count)),
              draw(st.lists(value(-1000, 1000), min_size=count, max_size=count)),
              draw(st.lists(value(0, 1e6) | st.just(0.0), min_size=count, max_size=count))]
    if len(shape) == 2:
        arrays = [[a[i * shape[1]:(i + 1) * shape[1]] for i in range(shape[0])] for a in arrays]
    return {"params": arrays[0], "grads": arrays[1], "m": arrays[2], "v": arrays[3],
            "t": draw(st.sampled_from([1, 2, 10]) | st.integers(1, 10**6)),
            "lr": draw(st.sampled_from([1e-3, 0.1]) | value(1e-6, 1)),
            "beta1": draw(st.sampled_from([0.9, 0.0]) | value(0, 0.999)),
            "beta2": draw(st.sampled_from([0.999, 0.0]) | value(0, 0.9999)),
            "eps": draw(st.sampled_from([1e-8, 0.1]) | value(1e-12, 0.1))}


def strategy():
    return _small()


def _flat(name, value):
    assert isinstance(value, list) and value, f"{name} must be a non-empty array"
    if isinstance(value[0], list):
        cols = len(value[0])
        assert cols and all(isinstance(r, list) and len(r) == cols for r in value), f"{name} is ragged"
        return (len(value), cols), [x for r in value for x in r]
    return (len(value),), value


def validate(case):
    shape, params = _flat("params", case["params"])
    assert len(params) <= MAX_ELEMENTS, "more than 10^4 parameters"
    flats = {}
    for name in ("grads", "m", "v"):
        other, flats[name] = _flat(name, case[name])
        assert other == shape, f"{name} has shape {other}, params has {shape}"
    for name, values in (("params", params), ("grads", flats["grads"]), ("m", flats["m"])):
        assert all(abs(x) <= 1000 for x in values), f"an entry of {name} is beyond 1000"
    assert all(0 <= x <= 1e6 for x in flats["v"]), "an entry of v is out of [0, 1e6]"
    assert type(case["t"]) is int and 1 <= case["t"] <= 10**6, "t must be in [1, 10^6]"
    assert 1e-6 <= case["lr"] <= 1, "lr must be in [1e-6, 1]"
    assert 0 <= case["beta1"] <= 0.999 and 0 <= case["beta2"] <= 0.9999, "a beta is out of range"
    assert 1e-12 <= case["eps"] <= 0.1, "eps must be in [1e-12, 0.1]"
