"""Random batches at several logit scales, soft targets, and the largest batch.

The loss is element-wise, O(n) for any approach, so size tests nothing that scale does
not: n is at most 10^4 (about 0.25 MB of JSON), because every run decodes each case's
JSON inside the submission's CPU time."""

import random

from hypothesis import strategies as st

MAX_N, BOUND = 10**4, 10**4
SIZE = "n (batch size)"


def _case(n, rng, spread=BOUND, soft=False):
    logits = [round(rng.uniform(-spread, spread), 6) for _ in range(n)]
    if soft:
        targets = [rng.choice([0.0, 1.0, round(rng.random(), 4)]) for _ in range(n)]
    else:
        targets = [float(rng.randrange(2)) for _ in range(n)]
    return {"logits": logits, "targets": targets}


def hidden_cases():
    rng = random.Random(5)
    cases = [(f"random n={n}, spread {s}{', soft' if soft else ''}", _case(n, rng, s, soft))
             for n, s, soft in [(2, 5, False), (8, 30, False), (10, 800, False), (16, 10**4, False),
                                (30, 3, True), (50, 1000, True), (100, 40, False), (1000, 10**4, True)]]
    # Well-trained model: mostly right, sometimes confidently wrong.
    trained = _case(5000, rng, 1)
    for i, y in enumerate(trained["targets"]):
        sign = 1 if y == 1.0 else -1
        trained["logits"][i] = sign * rng.uniform(5, 60) * (-1 if rng.random() < 0.01 else 1)
    cases.append(("mostly right, a few confidently wrong", trained))
    cases.append(("largest, wide range", _case(MAX_N, rng)))
    cases.append(("largest, narrow range, soft", _case(MAX_N, rng, 4, True)))
    cases.append(("largest, all logits far negative", {
        "logits": [-rng.uniform(750, BOUND) for _ in range(MAX_N)],
        "targets": [float(rng.random() < 0.3) for _ in range(MAX_N)]}))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 10))
    logit = st.one_of(st.floats(-BOUND, BOUND, allow_nan=False),
                      st.floats(-50, 50, allow_nan=False),
                      st.sampled_from([-10000.0, -1000.0, 0.0, 1000.0, 10000.0]))
    target = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1, allow_nan=False))
    return {"logits": draw(st.lists(logit, min_size=n, max_size=n)),
            "targets": draw(st.lists(target, min_size=n, max_size=n))}


def strategy():
    return _inputs()


def validate(input):
    logits, targets = input["logits"], input["targets"]
    assert 1 <= len(logits) <= MAX_N, f"n = {len(logits)} is outside [1, {MAX_N}]"
    assert len(targets) == len(logits), f"{len(targets)} targets for {len(logits)} logits"
    assert all(-BOUND <= x <= BOUND for x in logits), "a logit is outside [-10^4, 10^4]"
    assert all(0 <= y <= 1 for y in targets), "a target is outside [0, 1]"


def input_of_size(n, rng):
    return _case(max(1, min(MAX_N, n)), rng)
