"""Random 100-digit numbers."""

import random


def _digits(rng, n):
    digits = [rng.randrange(10) for _ in range(n - 1)]
    return digits + [rng.randrange(1, 10)]


def hidden_cases():
    rng = random.Random(2)
    return [(f"random 100 digits {i}", {"l1": _digits(rng, 100), "l2": _digits(rng, rng.randrange(1, 101))})
            for i in range(1, 4)]


SIZE = "number of digits"


def strategy():
    from hypothesis import strategies as st

    digits = st.lists(st.integers(0, 9), min_size=1, max_size=8).map(
        lambda ds: ds if len(ds) == 1 or ds[-1] != 0 else ds[:-1] + [ds[-1] or 1])
    return st.fixed_dictionaries({"l1": digits, "l2": digits})


def validate(case):
    for name in ("l1", "l2"):
        digits = case[name]
        assert 1 <= len(digits) <= 100, f"1 <= len({name}) <= 100"
        assert all(0 <= d <= 9 for d in digits), "digits are 0..9"
        assert len(digits) == 1 or digits[-1] != 0, "no leading zeros"


def input_of_size(n, rng):
    return {"l1": _digits(rng, max(1, n)), "l2": _digits(rng, max(1, n))}
