"""32-bit operands: the one overflow (-2^31 / -1), quotients near 2^31 (which make
subtracting the divisor once per unit take billions of steps), every sign combination
with a remainder (where flooring and truncating differ), and divisors larger than the dividend."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

VALUE = Bound("dividend", -2**31, 2**31 - 1)
DIVISOR = Bound("divisor", -2**31, 2**31 - 1)


def hidden_cases():
    rng = random.Random(29)
    lo, hi = VALUE.min, VALUE.max
    pairs = [
        ("overflow, -2^31 / -1", lo, -1),
        ("-2^31 / 1", lo, 1),
        ("2^31 - 1 / 1", hi, 1),
        ("2^31 - 1 / -1", hi, -1),
        ("2^31 - 1 / 2", hi, 2),
        ("-2^31 / 3", lo, 3),
        ("-2^31 / -3", lo, -3),
        ("-2^31 / -2^31", lo, lo),
        ("2^31 - 1 / -2^31", hi, lo),
        ("-2^31 / 2^31 - 1", lo, hi),
        ("-7 / 2 truncates to -3", -7, 2),
        ("7 / -2 truncates to -3", 7, -2),
        ("-7 / -2", -7, -2),
        ("zero dividend", 0, -5),
        ("divisor larger than dividend", 1, hi),
        ("negative divisor larger in magnitude", -5, lo),
        ("exact, negative", -1024, 32),
    ]
    cases = [(name, {"dividend": a, "divisor": b}) for name, a, b in pairs]
    for index in range(8):
        divisor = rng.choice((1, -1)) * rng.randint(1, 2**rng.randint(1, 31) - 1)
        cases.append((f"random {index}", {"dividend": VALUE.draw(rng), "divisor": divisor}))
    return cases


def strategy():
    small = st.fixed_dictionaries({"dividend": VALUE.integers(-40, 40),
                                   "divisor": DIVISOR.integers(-9, 9).filter(bool)})
    edges = st.fixed_dictionaries({"dividend": st.sampled_from([VALUE.min, VALUE.max, VALUE.min + 1, 0]),
                                   "divisor": st.sampled_from([-1, 1, -2, 2, VALUE.min, VALUE.max])})
    return st.one_of(small, edges)


def validate(case):
    VALUE.check(case["dividend"])
    DIVISOR.check(case["divisor"])
    assert case["divisor"] != 0, "divisor = 0: division by zero is undefined"


SIZE = "dividend (divisor 1)"


def input_of_size(n, rng):
    return {"dividend": VALUE.clamp(n), "divisor": 1}
