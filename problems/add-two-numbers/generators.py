"""Numbers up to the largest allowed (100 digits each): random ones, carries that run the whole
length, a sum that gains a 101st digit, and lists of very different lengths.

At 100 digits every correct approach is fast, so these check correctness only.
"""

import random

MAX_DIGITS = 100
SIZE = "number of digits"


def _digits(rng, n):
    """A random n-digit number, least significant digit first (no leading zero)."""
    if n == 1:
        return [rng.randrange(10)]
    return [rng.randrange(10) for _ in range(n - 1)] + [rng.randrange(1, 10)]


def _nines_complement(digits):
    """The digits that make every column add up to 9 (the top digit kept non-zero)."""
    out = [9 - d for d in digits]
    if out[-1] == 0:
        out[-1] = 9  # column sum becomes 9 + 9: one carry out at the top, still a valid number
    return out


def hidden_cases():
    rng = random.Random(2)
    cases = [(f"random 100 digits {i}", {"l1": _digits(rng, MAX_DIGITS), "l2": _digits(rng, rng.randrange(1, 101))})
             for i in range(1, 4)]
    top = _digits(rng, MAX_DIGITS)
    while top[-1] == 9:  # keep every column at exactly 9
        top = _digits(rng, MAX_DIGITS)
    complement = _nines_complement(top)
    first = [rng.randrange(1, 9)] + top[1:]  # first column adds up to 10: the carry runs all the way
    cases += [
        ("largest, both all nines", {"l1": [9] * MAX_DIGITS, "l2": [9] * MAX_DIGITS}),
        ("largest, a carry through 99 nines", {"l1": [1] + [9] * (MAX_DIGITS - 1), "l2": [9]}),
        ("largest, a single digit plus 100 digits", {"l1": [7], "l2": _digits(rng, MAX_DIGITS)}),
        ("largest, every column adds up to 9", {"l1": top, "l2": complement}),
        ("largest, every column adds up to 9 and a carry comes in",
         {"l1": first, "l2": [10 - first[0]] + complement[1:]}),
        ("largest, zeros but the top digit", {"l1": [0] * (MAX_DIGITS - 1) + [1], "l2": [0] * (MAX_DIGITS - 1) + [4]}),
        ("largest, plus zero", {"l1": _digits(rng, MAX_DIGITS), "l2": [0]}),
        ("largest, zero plus 100 digits", {"l1": [0], "l2": _digits(rng, MAX_DIGITS)}),
        ("largest, 100 digits plus 99 digits", {"l1": _digits(rng, MAX_DIGITS), "l2": _digits(rng, MAX_DIGITS - 1)}),
    ]
    for i in range(1, 5):
        cases.append((f"random lengths {i}", {"l1": _digits(rng, rng.randint(1, MAX_DIGITS)),
                                              "l2": _digits(rng, rng.randint(1, MAX_DIGITS))}))
    return cases


def strategy():
    from hypothesis import strategies as st

    digits = st.lists(st.integers(0, 9), min_size=1, max_size=8).map(
        lambda ds: ds if len(ds) == 1 or ds[-1] != 0 else ds[:-1] + [ds[-1] or 1])
    return st.fixed_dictionaries({"l1": digits, "l2": digits})


def validate(case):
    for name in ("l1", "l2"):
        digits = case[name]
        assert isinstance(digits, list) and 1 <= len(digits) <= MAX_DIGITS, f"need 1 <= len({name}) <= 100"
        assert all(isinstance(d, int) and 0 <= d <= 9 for d in digits), f"{name}: every digit is in 0..9"
        assert len(digits) == 1 or digits[-1] != 0, f"{name}: no leading zeros (the last node is the top digit)"


def input_of_size(n, rng):
    n = max(1, min(n, MAX_DIGITS))
    return {"l1": _digits(rng, n), "l2": _digits(rng, n)}
