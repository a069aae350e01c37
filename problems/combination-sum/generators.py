"""Small candidates with the largest target: many orderings for a brute force, few combinations."""

import random

from hypothesis import strategies as st

SIZE = "target (with candidates from 2 upwards)"
MAX_COMBINATIONS = 150


def count_combinations(candidates, target):
    ways = [1] + [0] * target
    for value in candidates:
        for total in range(value, target + 1):
            ways[total] += ways[total - value]
    return ways[target]


def _random(seed, length):
    """Random distinct candidates, the target lowered until fewer than 150 combinations remain."""
    rng = random.Random(seed)
    candidates = rng.sample(range(2, 41), length)
    target = rng.randint(1, 40)
    while count_combinations(candidates, target) >= MAX_COMBINATIONS:
        target -= 1
    return {"candidates": candidates, "target": target}


def hidden_cases():
    cases = [
        ("largest, 2 3 4 5 to 40 (145 combinations)", {"candidates": [5, 3, 4, 2], "target": 40}),
        ("large, 2 3 4 6 29 37 to 40", {"candidates": [37, 2, 29, 3, 6, 4], "target": 40}),
        ("large, 2 3 5 7 to 40", {"candidates": [7, 5, 3, 2], "target": 40}),
        ("longest list", {"candidates": list(range(40, 10, -1)), "target": 40}),
        ("two candidates, many repeats", {"candidates": [3, 2], "target": 40}),
    ]
    for seed in range(1, 9):
        cases.append((f"random {seed}", _random(seed, random.Random(seed).randint(1, 12))))
    return cases


@st.composite
def _inputs(draw):
    candidates = draw(st.lists(st.integers(2, 40), min_size=1, max_size=8, unique=True))
    target = draw(st.integers(1, 40))
    while count_combinations(candidates, target) >= MAX_COMBINATIONS:
        target -= 1
    return {"candidates": candidates, "target": target}


def strategy():
    return _inputs()


def validate(case):
    candidates, target = case["candidates"], case["target"]
    assert 1 <= len(candidates) <= 30, "need 1 <= len(candidates) <= 30"
    assert all(2 <= x <= 40 for x in candidates), "candidates must lie in [2, 40]"
    assert len(set(candidates)) == len(candidates), "candidates must be distinct"
    assert 1 <= target <= 40, "need 1 <= target <= 40"
    assert count_combinations(candidates, target) < MAX_COMBINATIONS, "150 or more combinations"


def input_of_size(n, rng):
    target = max(1, min(n, 40))
    candidates = [2, 3, 4, 5]
    while count_combinations(candidates, target) >= MAX_COMBINATIONS:
        target -= 1
    return {"candidates": candidates, "target": target}
