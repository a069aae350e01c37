"""3 * 10^4 days: random, rising to the last day, falling, plateaus and zigzags."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

DAYS = Bound("len(prices)", 1, 3 * 10**4)
PRICE = Bound("prices[i]", 0, 10**4)
PRICES = IntArray("prices", DAYS, PRICE)
SIZE = "len(prices)"


def _plateaus(rng, n):
    """Runs of equal prices between the moves: a walk that compares with >= or > goes astray."""
    prices = []
    while len(prices) < n:
        prices += [rng.randint(0, 50)] * rng.randint(1, 6)
    return prices[:n]


def hidden_cases():
    rng = random.Random(122)
    n = DAYS.max
    return [
        ("one day", {"prices": [3]}),
        ("two days, rising", {"prices": [1, 9]}),
        ("falls, then rises to the last day", {"prices": [5, 4, 1, 2, 3, 8]}),
        ("largest, random", {"prices": PRICE.sample(rng, n)}),
        ("largest, rising to the last day", {"prices": [i * PRICE.max // n for i in range(n)]}),
        ("largest, falling", {"prices": [PRICE.max - i * PRICE.max // n for i in range(n)]}),
        ("largest, zigzag", {"prices": [PRICE.max * (i % 2) for i in range(n)]}),
        ("largest, plateaus", {"prices": _plateaus(rng, n)}),
        ("largest, random walk", {"prices": PRICE.walk(rng, n, 30)}),
        ("largest, all equal", {"prices": [7] * n}),
    ]


def strategy():
    return PRICES.strategy(st.integers(0, 10), max_size=12)


validate = PRICES.validate
input_of_size = PRICES.input_of_size
