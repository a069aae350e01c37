"""The largest task lists (10^4 tasks): one dominant letter, ties at the top, every letter,
and cooldowns from 0 to 100. Trying every order cannot finish any of them."""

import random
import string

MAX_TASKS, MAX_N = 10**4, 100
LETTERS = string.ascii_uppercase


def _tasks(counts, rng):
    tasks = [letter for letter, count in counts.items() for _ in range(count)]
    rng.shuffle(tasks)
    return tasks


def hidden_cases():
    rng = random.Random(621)
    uniform = [rng.choice(LETTERS) for _ in range(MAX_TASKS)]
    tied = _tasks({"K": 3000, "M": 3000, "Z": 3000, "A": 500, "B": 500}, rng)
    return [
        ("largest, one letter, n = 100", {"tasks": ["Q"] * MAX_TASKS, "n": MAX_N}),
        ("largest, one letter, n = 0", {"tasks": ["Q"] * MAX_TASKS, "n": 0}),
        ("largest, every letter, n = 100", {"tasks": uniform, "n": MAX_N}),
        ("largest, every letter, n = 10", {"tasks": uniform, "n": 10}),
        ("largest, three letters tied at the top", {"tasks": tied, "n": 50}),
        ("largest, three letters tied, n = 1", {"tasks": tied, "n": 1}),
        ("largest, one dominant letter",
         {"tasks": _tasks({"X": 9000, **{c: 40 for c in LETTERS[:25]}}, rng), "n": 77}),
        ("largest, skewed", {"tasks": rng.choices(LETTERS, weights=range(1, 27), k=MAX_TASKS), "n": 25}),
        ("medium, random", {"tasks": [rng.choice("ABCDE") for _ in range(200)], "n": 4}),
    ]


def strategy():
    from hypothesis import strategies as st

    return st.builds(lambda tasks, n: {"tasks": tasks, "n": n},
                     st.lists(st.sampled_from("ABCD"), min_size=1, max_size=12), st.integers(0, 4))


def validate(case):
    tasks, n = case["tasks"], case["n"]
    assert 1 <= len(tasks) <= MAX_TASKS, f"len(tasks) = {len(tasks)} is outside [1, {MAX_TASKS}]"
    assert all(isinstance(t, str) and len(t) == 1 and t in LETTERS for t in tasks), \
        "every task must be one uppercase letter"
    assert 0 <= n <= MAX_N, f"n = {n} is outside [0, {MAX_N}]"


SIZE = "len(tasks)"


def input_of_size(n, rng):
    return {"tasks": [rng.choice(LETTERS) for _ in range(n)], "n": rng.randint(0, MAX_N)}
