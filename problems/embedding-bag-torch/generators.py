"""Embedding bags' hard shapes: empty bags (first, inner runs, and a last bag at the end of
indices), one bag holding every index, ids repeated within a bag, one index per bag, the
largest table (V * D = 2 * 10^5) and 10^5 indices in 10^4 bags, in each mode.

Every approach is O(L D) and the largest inputs are what a case's JSON allows the child to
decode in its time; a Python loop over bags with torch ops stays within a few times the
vectorised one, so there is no time_limit/ (the loop is the realistic slow version, not 10x)."""

import random

from hypothesis import strategies as st

SIZE = "number of indices"
MODES = ("sum", "mean", "max")


def _table(rng, vocabulary, dim):
    return [[rng.randint(-80, 80) / 8 for _ in range(dim)] for _ in range(vocabulary)]


def _offsets(rng, length, bags, empty=0.0):
    cuts = sorted(rng.randrange(length + 1) for _ in range(bags - 1))
    offsets = [0] + cuts
    if empty:
        offsets = [offset if rng.random() >= empty or i == 0 else offsets[i - 1]
                   for i, offset in enumerate(offsets)]
        offsets = [max(offsets[:i + 1]) for i in range(len(offsets))]
    return offsets


def _case(seed, vocabulary, dim, length, bags, mode, empty=0.0, hot=None):
    rng = random.Random(seed)
    pick = (lambda: rng.randrange(hot)) if hot else (lambda: rng.randrange(vocabulary))
    indices = [pick() for _ in range(length)]
    return {"weight": _table(rng, vocabulary, dim), "indices": indices,
            "offsets": _offsets(rng, length, bags, empty), "mode": mode}


def hidden_cases():
    cases = []
    for number, mode in enumerate(MODES):
        cases += [
            (f"{mode}: largest, 10^5 indices in 10^4 bags, V = 5000, D = 40",
             _case(10 + number, 5000, 40, 10 ** 5, 10 ** 4, mode, empty=0.05)),
            (f"{mode}: widest rows, D = 128", _case(20 + number, 1500, 128, 20000, 500, mode)),
            (f"{mode}: many empty bags, the last one too", _case(30 + number, 50, 8, 300, 400, mode, empty=0.5)),
            (f"{mode}: one bag holds every index", _case(40 + number, 1000, 16, 50000, 1, mode)),
            (f"{mode}: hot ids repeated within bags", _case(50 + number, 2000, 16, 20000, 800, mode, hot=5)),
        ]
    rng = random.Random(60)
    table = _table(rng, 30, 4)
    for mode in MODES:
        cases.append((f"{mode}: no indices at all, every bag empty",
                      {"weight": table, "indices": [], "offsets": [0, 0, 0], "mode": mode}))
        cases.append((f"{mode}: one index per bag",
                      {"weight": table, "indices": list(range(30)), "offsets": list(range(30)), "mode": mode}))
        negative = [[-min(abs(x), 9.5) - 0.5 for x in row] for row in table]
        cases.append((f"{mode}: every weight negative (max is not clipped at 0)",
                      {"weight": negative, "indices": [rng.randrange(30) for _ in range(60)],
                       "offsets": [0, 10, 10, 35, 59], "mode": mode}))
    return cases


def input_of_size(n, rng):
    # The table grows with n too, small beside the indices: a fixed 1000 x 32 table would hide their growth.
    return _case(rng.randrange(10 ** 9), max(1, min(1000, n // 4)), 8, max(1, n), max(1, n // 10), "mean", empty=0.05)


@st.composite
def _small(draw):
    vocabulary, dim = draw(st.integers(1, 5)), draw(st.integers(1, 3))
    value = st.integers(-80, 80).map(lambda k: k / 8)
    weight = draw(st.lists(st.lists(value, min_size=dim, max_size=dim), min_size=vocabulary, max_size=vocabulary))
    indices = draw(st.lists(st.integers(0, vocabulary - 1), max_size=8))
    cuts = draw(st.lists(st.integers(0, len(indices)), max_size=4))
    return {"weight": weight, "indices": indices, "offsets": [0] + sorted(cuts), "mode": draw(st.sampled_from(MODES))}


def strategy():
    return _small()


def validate(case):
    weight, indices, offsets = case["weight"], case["indices"], case["offsets"]
    assert isinstance(weight, list) and 1 <= len(weight) <= 10 ** 4, "V must be in [1, 10^4]"
    dim = len(weight[0])
    assert 1 <= dim <= 128 and all(len(row) == dim for row in weight), "weight must be (V, D), D <= 128"
    assert len(weight) * dim <= 2 * 10 ** 5, "V * D is over 2 * 10^5"
    assert all(abs(x) <= 10 and (x * 8).is_integer() for row in weight for x in row), \
        "a weight is beyond 10 or no multiple of 1/8"
    assert len(indices) <= 10 ** 5 and all(0 <= i < len(weight) for i in indices), "an index is out of range"
    assert 1 <= len(offsets) <= 10 ** 4 and offsets[0] == 0, "offsets must start at 0, 1 to 10^4 bags"
    assert all(a <= b for a, b in zip(offsets, offsets[1:])) and offsets[-1] <= len(indices), \
        "offsets must not decrease and must stay within indices"
    assert case["mode"] in MODES, "mode must be sum, mean or max"
