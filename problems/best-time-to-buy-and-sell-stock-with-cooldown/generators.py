"""5000 days: zigzags where the cooldown bites, random walks, long rises and falls."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(prices)", 1, 5000)
PRICE = Bound("prices[i]", 0, 1000)
SIZE = "len(prices)"


def _walk(rng, n, step):
    """A random walk clamped to the allowed prices, from a random one."""
    return PRICE.walk(rng, n, step, start=PRICE.draw(rng))


def hidden_cases():
    rng = random.Random(309)
    cases = [
        ("largest, zigzag 0 1000", [0, 1000] * (N.max // 2)),
        ("largest, zigzag of period 3", [0, 1000, 500] * (N.max // 3)),
        ("largest, rising", [i * 1000 // N.max for i in range(N.max)]),
        ("largest, falling", [1000 - i * 1000 // N.max for i in range(N.max)]),
        ("largest, constant", [7] * N.max),
        ("largest, random", PRICE.sample(rng, N.max)),
        ("largest, random walk", _walk(rng, N.max, 30)),
        ("largest, small zigzags", [rng.choice((0, 1, 2, 3)) for _ in range(N.max)]),
    ]
    cases += [(f"random {i}", PRICE.sample(rng, rng.randint(2, 40))) for i in range(6)]
    return [(name, {"prices": prices}) for name, prices in cases]


def strategy():
    return st.fixed_dictionaries({"prices": st.lists(st.integers(0, 9), min_size=1, max_size=12)})


def validate(case):
    N.check(len(case["prices"]))
    PRICE.check_all(case["prices"])


def input_of_size(n, rng):
    return {"prices": PRICE.sample(rng, N.clamp(n))}
