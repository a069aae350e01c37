"""Logits over the whole range (confident mistakes and confident hits at +-10^4, where a
sigmoid then a log overflows or takes ln 0), the band 30 to 50 where 1 - sigmoid(z) rounds
to 0, near-zero logits, gamma = 0 (weighted cross-entropy), fractional gamma, alpha at 0,
0.5 and 1, one element, and the largest batch.

The loss is element-wise, O(n) for any approach, so there is no time_limit/: at most
5 * 10^4 elements (about 1 MB of JSON a case), because every run decodes each case's JSON
inside the submission's CPU time."""

import random

from hypothesis import strategies as st

LIMIT = 10**4
MAX_ELEMENTS = 5 * 10**4
SIZE = "batch * classes"


def _case(rng, batch, classes, scale, alpha=0.25, gamma=2.0, mistakes=0.5):
    logits, labels = [], []
    for _ in range(batch):
        row_z, row_y = [], []
        for _ in range(classes):
            y = 1 if rng.random() < 0.3 else 0
            magnitude = min(LIMIT, abs(rng.gauss(0, scale)))
            right = rng.random() >= mistakes
            row_z.append(magnitude if (y == 1) == right else -magnitude)
            row_y.append(y)
        logits.append(row_z)
        labels.append(row_y)
    return {"logits": logits, "labels": labels, "alpha": alpha, "gamma": gamma}


def hidden_cases():
    rng = random.Random(53)
    band = [[rng.uniform(30, 50) * rng.choice([-1, 1]) for _ in range(100)] for _ in range(20)]
    band_labels = [[1 if z < 0 else 0 for z in row] for row in band]  # every one a confident mistake
    return [
        ("largest, logits up to 10^4", _case(rng, 50, 1000, 3000.0)),
        ("largest, detection head scale", _case(rng, 500, 100, 4.0, mistakes=0.2)),
        ("confident mistakes with |z| in [30, 50]", {"logits": band, "labels": band_labels, "alpha": 0.25, "gamma": 2.0}),
        ("extremes +-10^4, both labels",
         {"logits": [[1e4, -1e4, 1e4, -1e4]] * 3, "labels": [[1, 1, 0, 0]] * 3, "alpha": 0.25, "gamma": 2.0}),
        ("gamma = 0 (alpha-weighted cross-entropy)", _case(rng, 100, 50, 20.0, alpha=0.5, gamma=0.0)),
        ("fractional gamma 0.5", _case(rng, 100, 50, 50.0, alpha=0.75, gamma=0.5)),
        ("gamma = 5", _case(rng, 100, 50, 5.0, alpha=0.1, gamma=5.0)),
        ("alpha = 0 (positives cost nothing)", _case(rng, 40, 40, 10.0, alpha=0.0, gamma=1.0)),
        ("alpha = 1 (negatives cost nothing)", _case(rng, 40, 40, 10.0, alpha=1.0, gamma=3.0)),
        ("near-zero logits", _case(rng, 30, 30, 1e-6, alpha=0.25, gamma=2.0)),
        ("one element", {"logits": [[-3.0]], "labels": [[1]], "alpha": 0.25, "gamma": 2.0}),
        ("all positives, one wide row", _case(rng, 1, 1000, 30.0, alpha=0.4, gamma=1.5, mistakes=0.5)),
    ]


def input_of_size(n, rng):
    classes = 100
    return _case(rng, max(1, min(n, MAX_ELEMENTS) // classes), classes, 5.0)


@st.composite
def _small(draw):
    batch, classes = draw(st.integers(1, 3)), draw(st.integers(1, 4))
    value = st.sampled_from([0.0, 40.0, -40.0, 1e4, -1e4, 745.0]) | st.floats(-LIMIT, LIMIT, allow_nan=False)
    return {"logits": [[draw(value) for _ in range(classes)] for _ in range(batch)],
            "labels": [[draw(st.integers(0, 1)) for _ in range(classes)] for _ in range(batch)],
            "alpha": draw(st.sampled_from([0.25, 0.5, 0.0, 1.0]) | st.floats(0, 1)),
            "gamma": draw(st.sampled_from([2.0, 0.0, 0.5]) | st.floats(0, 5))}


def strategy():
    return _small()


def _shape(name, rows):
    assert isinstance(rows, list) and rows and all(isinstance(r, list) and r for r in rows), f"{name} must be 2-D"
    assert len({len(r) for r in rows}) == 1, f"{name} is ragged"
    return len(rows), len(rows[0])


def validate(case):
    shape = _shape("logits", case["logits"])
    assert _shape("labels", case["labels"]) == shape, "labels and logits differ in shape"
    assert shape[0] <= 1000 and shape[1] <= 1000 and shape[0] * shape[1] <= MAX_ELEMENTS, f"shape {shape} too large"
    assert all(-LIMIT <= z <= LIMIT for row in case["logits"] for z in row), "a logit is outside [-10^4, 10^4]"
    assert all(y in (0, 1) for row in case["labels"] for y in row), "a label is not 0 or 1"
    assert 0 <= case["alpha"] <= 1, f"alpha = {case['alpha']} is outside [0, 1]"
    assert 0 <= case["gamma"] <= 5, f"gamma = {case['gamma']} is outside [0, 5]"
