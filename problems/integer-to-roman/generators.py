"""One number in 1..3999: every digit 4 and 9 at every place, digit 5 at every place, the ends."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

NUM = Bound("num", 1, 3999)


def hidden_cases():
    rng = random.Random(12)
    fixed = [1, 4, 5, 9, 10, 14, 40, 44, 49, 50, 90, 99, 400, 444, 500, 555, 900, 999, 1000, 1994, 2024,
             3444, 3888, 3999]
    cases = [(f"num = {num}", {"num": num}) for num in fixed]
    cases += [(f"random {index}", {"num": NUM.draw(rng)}) for index in range(16)]
    return cases


def strategy():
    return st.fixed_dictionaries({"num": NUM.integers()})


def validate(case):
    NUM.check(case["num"])


SIZE = "num"


def input_of_size(n, rng):
    return {"num": NUM.clamp(n)}
