"""Long ranked lists with graded relevance, mostly zeros, good documents scattered."""

import random

from hypothesis import strategies as st

MAX_N = 100_000
MAX_K = 100_000
MAX_GRADE = 10
SIZE = "n = len(relevance), with k = n"


def _case(rng, n, k, p_relevant=0.1, max_grade=4, quality=0.0):
    """quality > 0 pulls the better documents towards the top, as a decent model would."""
    grades = [rng.randint(1, max_grade) if rng.random() < p_relevant else 0 for _ in range(n)]
    keyed = sorted(grades, key=lambda g: -quality * g + rng.random())
    return {"relevance": keyed, "k": k}


def hidden_cases():
    rng = random.Random(5)
    return [
        ("medium, k = 10", _case(rng, 1_000, 10, 0.2, 4, quality=0.3)),
        ("medium, k = 100, grades up to 10", _case(rng, 2_000, 100, 0.3, MAX_GRADE)),
        ("large, binary relevance", _case(rng, 50_000, 1_000, 0.05, 1, quality=0.5)),
        ("large, all irrelevant", {"relevance": [0] * 50_000, "k": 500}),
        ("largest, k = n", _case(rng, MAX_N, MAX_N, 0.1, MAX_GRADE, quality=0.2)),
        ("largest, k = 20", _case(rng, MAX_N, 20, 0.01, 5, quality=1.0)),
        ("largest, k beyond n", _case(rng, 60_000, MAX_K, 0.5, 3)),
    ]


def input_of_size(n, rng):
    n = max(1, min(n, MAX_N))
    return _case(rng, n, n, 0.2, 5)


@st.composite
def _small(draw):
    grades = st.integers(0, 4) if draw(st.booleans()) else st.sampled_from([0, 0, 1, 3, 10])
    relevance = draw(st.lists(grades, min_size=1, max_size=12))
    return {"relevance": relevance, "k": draw(st.integers(1, 14))}


def strategy():
    return _small()


def validate(case):
    relevance, k = case["relevance"], case["k"]
    assert 1 <= len(relevance) <= MAX_N, f"n = {len(relevance)} is out of [1, {MAX_N}]"
    assert 1 <= k <= MAX_K, f"k = {k} is out of [1, {MAX_K}]"
    assert all(type(g) is int and 0 <= g <= MAX_GRADE for g in relevance), "a grade is out of [0, 10]"
