"""The largest batch, with logits spread over the whole allowed range."""

import random


def hidden_cases():
    rng = random.Random(3)
    wide = [[rng.uniform(-10**4, 10**4) for _ in range(1000)] for _ in range(300)]
    narrow = [[rng.gauss(0, 3) for _ in range(10)] for _ in range(1000)]
    return [("large, wide range", {"logits": wide}), ("large batch", {"logits": narrow})]


SIZE = "batch * classes"


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
    assert all(-10**4 <= x <= 10**4 for row in logits for x in row), "-10^4 <= logits <= 10^4"


def input_of_size(n, rng):
    classes = 100
    return {"logits": [[rng.uniform(-10, 10) for _ in range(classes)] for _ in range(max(1, n // classes))]}
