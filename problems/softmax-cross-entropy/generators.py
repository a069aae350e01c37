"""Random batches over the whole logit range, the largest shapes, and rows whose label is hopeless.

The loss is O(n * C) for any approach, so size tests nothing that scale does not:
n * C is at most 5 * 10^4 (about 0.65 MB of JSON), because every run decodes each case's
JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_N, MAX_C, BOUND = 1000, 300, 10**4
MAX_ELEMENTS = 5 * 10**4
SIZE = "n * C (batch times classes)"


def _case(n, c, rng, spread=BOUND):
    logits = [[round(rng.uniform(-spread, spread), 6) for _ in range(c)] for _ in range(n)]
    return {"logits": logits, "labels": [rng.randrange(c) for _ in range(n)]}


def hidden_cases():
    rng = random.Random(11)
    cases = [(f"random {n}x{c}, spread {s}", _case(n, c, rng, s))
             for n, c, s in [(3, 4, 5), (7, 2, 50), (10, 10, 1000), (20, 5, 10**4), (50, 50, 3),
                             (64, 10, 800), (100, 3, 10**4), (5, 300, 10**4)]]
    # Confident and wrong: the label's logit sits far below the row maximum.
    hopeless = _case(200, 20, rng, 10)
    for row, label in zip(hopeless["logits"], hopeless["labels"]):
        row[label] = -9000.0 + rng.random()
        row[(label + 1) % 20] = 9000.0
    cases.append(("confidently wrong rows", hopeless))
    # Confident and right: a loss near 0 that must not come out negative or garbled.
    sure = _case(200, 20, rng, 10)
    for row, label in zip(sure["logits"], sure["labels"]):
        row[label] = 9990.0 + rng.random()
    cases.append(("confidently right rows", sure))
    cases.append(("largest, wide range", _case(MAX_ELEMENTS // MAX_C, MAX_C, rng)))
    cases.append(("large, narrow range", _case(100, MAX_C, rng, 3)))
    cases.append(("many rows, two classes", _case(MAX_N, 2, rng)))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 6))
    c = draw(st.integers(1, 6))
    value = st.one_of(st.floats(-BOUND, BOUND, allow_nan=False),
                      st.sampled_from([-10000.0, -1000.0, 0.0, 1000.0, 10000.0]))
    # Rows close together far from 0: the probabilities are not 0 or 1, and float32 loses them.
    offset = draw(st.sampled_from([0.0, 1000.0, -3000.0, 9990.0]))
    near = st.floats(-5, 5, allow_nan=False).map(lambda x: offset + x)
    row = st.lists(st.one_of(value, near), min_size=c, max_size=c) | st.lists(near, min_size=c, max_size=c)
    logits = draw(st.lists(row, min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, c - 1), min_size=n, max_size=n))
    return {"logits": logits, "labels": labels}


def strategy():
    return _inputs()


def validate(input):
    logits, labels = input["logits"], input["labels"]
    n = len(logits)
    assert 1 <= n <= MAX_N, f"n = {n} is outside [1, {MAX_N}]"
    c = len(logits[0])
    assert 1 <= c <= MAX_C, f"C = {c} is outside [1, {MAX_C}]"
    assert all(len(row) == c for row in logits), "logits is not rectangular"
    assert n * c <= MAX_ELEMENTS, f"n * C = {n * c} is beyond 5 * 10^4"
    assert all(-BOUND <= x <= BOUND for row in logits for x in row), "a logit is outside [-10^4, 10^4]"
    assert len(labels) == n, f"{len(labels)} labels for {n} rows"
    assert all(isinstance(y, int) and 0 <= y < c for y in labels), "a label is outside [0, C)"


def input_of_size(n, rng):
    c = max(1, min(MAX_C, int(n ** 0.5)))
    rows = max(1, min(MAX_N, MAX_ELEMENTS // c, n // c))
    return _case(rows, c, rng)
