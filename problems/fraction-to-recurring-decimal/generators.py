"""32-bit fractions whose answers are up to 10^4 characters: a 9966-digit period (1/9967),
digits before the period (from factors 2 and 5), the extremes -2^31 and 2^31 - 1, values
between -1 and 0 (whose sign an integer part cannot carry), 0 over a negative number, and
periods whose digits repeat before their remainders do (1/17)."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

NUMERATOR = Bound("numerator", -2**31, 2**31 - 1)
DENOMINATOR = Bound("denominator", -2**31, 2**31 - 1)
MAX_ANSWER = 10**4 - 1
FULL_PERIOD_PRIME = 9967  # 10 is a primitive root: 1/9967 repeats a block of 9966 digits


def answer_length(numerator, denominator):
    """The length of the answer string, by long division counting digits (remainders repeat)."""
    if numerator == 0:
        return 1
    n, d = abs(numerator), abs(denominator)
    length = len(str(n // d)) + ((numerator < 0) != (denominator < 0))
    remainder, seen, digits = n % d, set(), 0
    while remainder and remainder not in seen and digits <= MAX_ANSWER:
        seen.add(remainder)
        remainder = remainder * 10 % d
        digits += 1
    return length + (digits and digits + 1) + (2 if remainder else 0)


def hidden_cases():
    rng = random.Random(166)
    lo, hi = NUMERATOR.min, NUMERATOR.max
    pairs = [
        ("longest period, 1/9967", 1, FULL_PERIOD_PRIME),
        ("longest period, largest numerator, negative", hi, -FULL_PERIOD_PRIME),
        ("longest period after three fixed digits", -1, -8 * FULL_PERIOD_PRIME),
        ("long period after fixed digits, 9931", 7, 2**5 * 5**2 * 9931),
        ("-2^31 / -1", lo, -1),
        ("-2^31 / 1", lo, 1),
        ("-1 / -2^31, 31 exact digits", -1, lo),
        ("2^31 - 1 / -2^31", hi, lo),
        ("zero over a negative", 0, -5),
        ("zero over -2^31", 0, lo),
        ("between -1 and 0, repeating", -1, 3),
        ("between -1 and 0, exact", 1, -8),
        ("negative with a fraction, -50/8", -50, 8),
        ("digits repeat before remainders, 1/17", 1, 17),
        ("digits repeat before remainders, 22/7", 22, 7),
        ("one fixed digit then a period, 1/6", 1, 6),
        ("period 0 after fixed digits, 1/90", 1, 90),
        ("reducible, 333/999", 333, 999),
        ("integer, negative", -2147483646, 2),
    ]
    cases = [(name, {"numerator": a, "denominator": b}) for name, a, b in pairs]
    while len(cases) < len(pairs) + 10:
        denominator = rng.choice((1, -1)) * 2**rng.randint(0, 6) * 5**rng.randint(0, 4) * rng.randint(1, 9000)
        numerator = NUMERATOR.draw(rng)
        if answer_length(numerator, denominator) <= MAX_ANSWER:
            cases.append((f"random {len(cases) - len(pairs)}", {"numerator": numerator, "denominator": denominator}))
    return cases


def strategy():
    small = st.fixed_dictionaries({"numerator": NUMERATOR.integers(-60, 60),
                                   "denominator": DENOMINATOR.integers(-40, 40).filter(bool)})
    edges = st.fixed_dictionaries({"numerator": st.sampled_from([NUMERATOR.min, NUMERATOR.max, -1, 0, 1]),
                                   "denominator": st.sampled_from([-1, 1, 3, -7, 12, DENOMINATOR.min])})
    return st.one_of(small, edges)


def validate(case):
    numerator, denominator = case["numerator"], case["denominator"]
    NUMERATOR.check(numerator)
    DENOMINATOR.check(denominator)
    assert denominator != 0, "denominator = 0: division by zero is undefined"
    assert answer_length(numerator, denominator) <= MAX_ANSWER, \
        f"{numerator}/{denominator}: the answer is longer than 10^4 characters"


SIZE = "a quarter of the period of 1/denominator"


def _full_period_prime(p):
    """True when p is a prime with 10 as a primitive root: 1/p repeats a block of p - 1 digits."""
    if p < 3 or p == 5 or any(p % q == 0 for q in range(2, int(p**0.5) + 1)):
        return False
    power, order = 10 % p, 1
    while power != 1:
        power, order = power * 10 % p, order + 1
    return order == p - 1


def input_of_size(n, rng):
    """1/p for the smallest such prime p above 4n (9967 at most): a period of about 4n digits."""
    prime = next(p for p in range(4 * n + 1, FULL_PERIOD_PRIME + 1) if _full_period_prime(p)) \
        if 4 * n < FULL_PERIOD_PRIME - 1 else FULL_PERIOD_PRIME
    return {"numerator": 1, "denominator": prime}
