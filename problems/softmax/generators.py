"""Logits spread over the whole allowed range, rows at very different offsets (so only a
per-row maximum keeps every row finite), ties, one dominant class, near-equal logits, and
random shapes and scales.

Softmax is element-wise work, O(batch * classes) for any approach, so size tests nothing
that scale does not: the largest input has batch * classes = 5 * 10^4 (about 1 MB of
JSON), because every run decodes each case's JSON inside the submission's CPU time."""

import random

SIZE = "batch * classes"
MAX_ELEMENTS = 5 * 10**4
LIMIT = 10**4


def _clip(x):
    return max(-LIMIT, min(LIMIT, x))


def _rows(rng, batch, classes, make):
    return [[_clip(make(i, j)) for j in range(classes)] for i in range(batch)]


def hidden_cases():
    rng = random.Random(3)
    cases = [
        ("largest, wide range", {"logits": _rows(rng, 50, 1000, lambda i, j: rng.uniform(-LIMIT, LIMIT))}),
        ("large batch, few classes", {"logits": _rows(rng, 1000, 10, lambda i, j: rng.gauss(0, 3))}),
        ("many classes, one row", {"logits": _rows(rng, 1, 1000, lambda i, j: rng.gauss(0, 50))}),
    ]
    # Each row sits at its own offset from -10^4 to 10^4: subtracting one global maximum
    # underflows every row but one to 0 / 0.
    offsets = [rng.uniform(-9990, 9990) for _ in range(40)] + [-9990.0, 9990.0]
    cases.append(("rows at very different offsets",
                  {"logits": [[o + rng.uniform(-10, 10) for _ in range(64)] for o in offsets]}))
    cases.append(("all logits at the upper bound",
                  {"logits": [[float(LIMIT)] * 50 for _ in range(20)]}))
    cases.append(("all logits at the lower bound",
                  {"logits": [[float(-LIMIT)] * 50 for _ in range(20)]}))
    dominant = _rows(rng, 100, 100, lambda i, j: rng.uniform(-5, 5))
    for i, row in enumerate(dominant):
        row[(7 * i) % 100] = rng.uniform(800, LIMIT)
    cases.append(("one dominant class per row (others underflow to 0)", {"logits": dominant}))
    ties = _rows(rng, 100, 32, lambda i, j: float(rng.choice([-3, 0, 2, 2])))
    cases.append(("ties for the maximum", {"logits": ties}))
    base = [rng.uniform(-1000, 1000) for _ in range(200)]
    cases.append(("near-equal logits far from zero",
                  {"logits": [[b + rng.uniform(-1e-6, 1e-6) for _ in range(16)] for b in base]}))
    cases.append(("two classes, a sigmoid in disguise",
                  {"logits": _rows(rng, 500, 2, lambda i, j: rng.uniform(-40, 40))}))
    cases.append(("one class, a whole batch (all ones)",
                  {"logits": _rows(rng, 1000, 1, lambda i, j: rng.uniform(-LIMIT, LIMIT))}))
    cases.append(("integers", {"logits": _rows(rng, 30, 30, lambda i, j: float(rng.randint(-20, 20)))}))
    for seed in range(4, 14):
        r = random.Random(seed)
        batch, classes = r.randint(1, 60), r.randint(1, 60)
        scale = r.choice([1e-3, 1.0, 10.0, 100.0, 1000.0, 5000.0])
        shift = r.uniform(-5000, 5000)
        cases.append((f"random {batch} x {classes}, scale {scale:g}",
                      {"logits": _rows(r, batch, classes, lambda i, j: shift + r.gauss(0, scale))}))
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 4))
        value = st.floats(-10**4, 10**4, allow_nan=False, allow_infinity=False)
        return {"logits": [[draw(value) for _ in range(cols)] for _ in range(rows)]}

    return inputs()


def validate(case):
    logits = case["logits"]
    assert 1 <= len(logits) <= 1000 and all(1 <= len(row) <= 1000 for row in logits), "shape within bounds"
    assert len({len(row) for row in logits}) == 1, "rows of equal length"
    assert len(logits) * len(logits[0]) <= MAX_ELEMENTS, "batch * classes <= 5 * 10^4"
    assert all(-10**4 <= x <= 10**4 for row in logits for x in row), "-10^4 <= logits <= 10^4"


def input_of_size(n, rng):
    classes = 100
    return {"logits": [[rng.uniform(-10, 10) for _ in range(classes)] for _ in range(max(1, n // classes))]}
