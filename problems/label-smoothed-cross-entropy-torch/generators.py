"""Label smoothing's hard shapes: logits of +-10^4 (exp overflows), a vocabulary of 32000 classes,
ignore_index as -100 and as a real class (0, a padding id), batches with every row ignored (NaN),
C = 1, smoothing 0 and 1, and 4096 rows.

O(N C) for any approach and at most 2 * 10^5 logits (a case's JSON is decoded in the submission's
time), so no loop-heavy version is 10x over the limit: there is no time_limit/."""

import random

from hypothesis import strategies as st

SIZE = "number of logits"
MAX_LOGITS = 2 * 10 ** 5


def _case(seed, rows, classes, scale=3.0, smoothing=0.1, ignore_index=-100, ignored=0.0):
    rng = random.Random(seed)
    logits = [[max(-1e4, min(1e4, round(rng.gauss(0, scale), 4))) for _ in range(classes)] for _ in range(rows)]
    target = [ignore_index if rng.random() < ignored else rng.randrange(classes) for _ in range(rows)]
    return {"logits": logits, "target": target, "smoothing": smoothing, "ignore_index": ignore_index}


def hidden_cases():
    cases = [
        ("largest batch, 4096 rows of 48 classes", _case(1, 4096, 48, ignored=0.1)),
        ("vocabulary of 32000 classes", _case(2, 6, 32000, smoothing=0.1)),
        ("huge logits, +-10^4", _case(3, 256, 64, scale=5e3, smoothing=0.2)),
        ("ignore_index 0, a padding id that is also a class", _case(4, 512, 30, ignore_index=0, ignored=0.3)),
        ("smoothing = 1: only the uniform term", _case(5, 100, 10, smoothing=1.0)),
        ("smoothing = 0: plain cross-entropy", _case(6, 100, 10, smoothing=0.0, ignored=0.2)),
        ("every row ignored: NaN", _case(7, 64, 8, ignored=1.0)),
        ("C = 1", _case(8, 50, 1, smoothing=0.3)),
        ("one row", _case(9, 1, 1000, scale=50.0, smoothing=0.05)),
    ]
    rng = random.Random(10)
    peaked = [[1e4 if c == r % 7 else -1e4 for c in range(7)] for r in range(70)]
    cases.append(("confident rows, right and wrong",
                  {"logits": peaked, "target": [r % 7 if r % 2 else (r + 1) % 7 for r in range(70)],
                   "smoothing": 0.1, "ignore_index": -100}))
    ties = [[round(rng.choice([0.0, 1e4, -1e4]), 1) for _ in range(5)] for _ in range(40)]
    cases.append(("tied maxima", {"logits": ties, "target": [rng.randrange(5) for _ in range(40)],
                                  "smoothing": 0.15, "ignore_index": 3}))
    return cases


def input_of_size(n, rng):
    classes = 50
    return _case(rng.randrange(10 ** 9), max(1, n // classes), classes, ignored=0.1)


@st.composite
def _small(draw):
    rows, classes = draw(st.integers(1, 5)), draw(st.integers(1, 6))
    value = st.floats(-1e4, 1e4, allow_nan=False, allow_subnormal=False, width=32) | st.sampled_from([0.0, 1e4])
    logits = draw(st.lists(st.lists(value, min_size=classes, max_size=classes), min_size=rows, max_size=rows))
    ignore_index = draw(st.sampled_from([-100, 0]))
    target = draw(st.lists(st.integers(0, classes - 1) | st.just(ignore_index), min_size=rows, max_size=rows))
    smoothing = draw(st.sampled_from([0.0, 0.1, 1.0]) | st.floats(0, 1, allow_nan=False))
    return {"logits": logits, "target": target, "smoothing": smoothing, "ignore_index": ignore_index}


def strategy():
    return _small()


def validate(case):
    logits, target = case["logits"], case["target"]
    assert isinstance(logits, list) and 1 <= len(logits) <= 4096, "N must be in [1, 4096]"
    classes = len(logits[0])
    assert 1 <= classes <= 32000 and all(len(row) == classes for row in logits), "logits must be (N, C), C <= 32000"
    assert len(logits) * classes <= MAX_LOGITS, "more than 2 * 10^5 logits"
    assert all(abs(v) <= 1e4 for row in logits for v in row), "a logit is beyond 10^4"
    ignore_index = case["ignore_index"]
    assert ignore_index == -100 or 0 <= ignore_index < classes, "ignore_index must be -100 or a class"
    assert len(target) == len(logits), "target must have N entries"
    assert all(t == ignore_index or 0 <= t < classes for t in target), "a target is no class"
    assert 0 <= case["smoothing"] <= 1, "smoothing must be in [0, 1]"
