"""One integer up to 2^31 - 1: the ends of the range, perfect squares and their neighbours
(where rounding and off-by-one mistakes show), and the largest square below 2^31."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

X = Bound("x", 0, 2**31 - 1)
LARGEST_ROOT = 46340  # 46340^2 = 2147395600 <= 2^31 - 1 < 46341^2


def hidden_cases():
    rng = random.Random(69)
    cases = [(f"x = {x}", {"x": x}) for x in (0, 1, 2, 3, 5, 9, 15, 16, 17, 24, 99, 100)]
    square = LARGEST_ROOT ** 2
    cases += [
        ("largest, 2^31 - 1", {"x": X.max}),
        ("largest perfect square", {"x": square}),
        ("just below the largest square", {"x": square - 1}),
        ("just above the largest square", {"x": square + 1}),
        ("2^30", {"x": 2**30}),
    ]
    for index in range(10):
        root = rng.randint(2, LARGEST_ROOT)
        cases.append((f"random square minus one {index}", {"x": root * root - 1}))
        cases.append((f"random {index}", {"x": X.draw(rng)}))
    return cases


@st.composite
def _near_square(draw):
    root = draw(st.integers(0, LARGEST_ROOT))
    return X.clamp(root * root + draw(st.integers(-1, 1)))


def strategy():
    return st.fixed_dictionaries({"x": st.one_of(X.integers(0, 200), _near_square(), X.integers())})


def validate(case):
    X.check(case["x"])


SIZE = "x"


def input_of_size(n, rng):
    return {"x": X.clamp(n)}
