"""The longest strings (100 digits) whose answer still fits in 32 bits: long runs of 1s and 2s, zeros that
pair or do not, and long runs that end in a dead "00" (answer 0 after an exponential search)."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

SIZE = "len(s) (random digits, answer within 32 bits)"
LENGTH = Bound("len(s)", 1, 100)
MAX_ANSWER = 2**31 - 1


def decodings(s):
    """The number of decodings, to check the 32-bit guarantee (the same recurrence as the reference)."""
    two_back, one_back = 1, 1 if s[0] != "0" else 0
    for i in range(1, len(s)):
        current = (one_back if s[i] != "0" else 0) + (two_back if 10 <= int(s[i - 1:i + 1]) <= 26 else 0)
        two_back, one_back = one_back, current
    return one_back


def _random_fitting(rng, n, digits):
    """Random digits from `digits`, redrawn until the answer fits in 32 bits."""
    while True:
        s = strings.random_string(rng, n, digits)
        if decodings(s) <= MAX_ANSWER:
            return s


def hidden_cases():
    rng = random.Random(91)
    n = LENGTH.max
    cases = [
        ("a single 0", {"s": "0"}),
        ("a single 7", {"s": "7"}),
        ("leading 0", {"s": "0" + "1" * 20}),
        ("26 and 27", {"s": "2627"}),
        ("largest, 44 ones then 3s (1836311903 ways)", {"s": "1" * 44 + "3" * (n - 44)}),
        ("largest, 44 twos then 9s", {"s": "2" * 44 + "9" * (n - 44)}),
        ("largest, ones and twos then 7s", {"s": _random_fitting(rng, 44, "12") + "7" * (n - 44)}),
        ("largest, 98 ones then a dead 00", {"s": "1" * 98 + "00"}),
        ("largest, 98 ones then 30", {"s": "1" * 98 + "30"}),
        ("largest, ones, then a 0 after 3 in the middle", {"s": "1" * 50 + "30" + "1" * 48}),
        ("largest, every 0 pairs with a 1 or 2", {"s": "".join(rng.choice(("10", "20")) for _ in range(n // 2))}),
        ("largest, 10 repeated", {"s": "10" * (n // 2)}),
        ("largest, 110 repeated then 1", {"s": ("110" * 34)[:n]}),
        ("largest, 2611 repeated", {"s": _fit(("2611" * 25)[:n])}),
        ("largest, all 9s", {"s": "9" * n}),
        ("largest, 27 repeated (never a pair)", {"s": "27" * (n // 2)}),
        ("largest, random digits", {"s": _random_fitting(rng, n, strings.DIGITS)}),
        ("largest, random over 0, 1, 2, 6, 7", {"s": _random_fitting(rng, n, "01267")}),
        ("largest, random over 1, 2, 9", {"s": _random_fitting(rng, n, "12999")}),
    ]
    return cases


def _fit(s):
    """`s` with 9s written over its tail until its answer fits in 32 bits."""
    cut = len(s)
    while decodings(s[:cut] + "9" * (len(s) - cut)) > MAX_ANSWER:
        cut -= 1
    return s[:cut] + "9" * (len(s) - cut)


def strategy():
    return st.fixed_dictionaries({"s": st.text(alphabet="0126793", min_size=1, max_size=12)})


def validate(case):
    s = case["s"]
    strings.check(s, strings.DIGITS, LENGTH.min, LENGTH.max, "s")
    count = decodings(s)
    assert count <= MAX_ANSWER, f"s = {s!r} has {count} decodings, more than 2^31 - 1"


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"s": _random_fitting(rng, n, "0123456789")}
