"""Prices for 10^5 days: random, rising, falling, and the shapes where the lowest price comes last."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

DAYS = Bound("len(prices)", 1, 10**5)
PRICE = Bound("prices[i]", 0, 10**4)
PRICES = IntArray("prices", DAYS, PRICE)
SIZE = "len(prices)"


def _peak_then_crash(rng, n):
    """The highest price early, the lowest late, and a smaller honest trade in between."""
    prices = [rng.randint(3000, 6000) for _ in range(n)]
    prices[n // 10] = PRICE.max
    prices[-1] = PRICE.min
    prices[n // 3], prices[n // 2] = 2000, 7000
    return prices


def _sawtooth(n, tooth):
    """Many small rises that add up to much more than any single trade."""
    return [(i % tooth) * 10 for i in range(n)]


def hidden_cases():
    rng = random.Random(121)
    n = DAYS.max
    return [
        ("one day", {"prices": [5]}),
        ("two days, falling", {"prices": [3, 1]}),
        ("largest, random", {"prices": PRICE.sample(rng, n)}),
        ("largest, falling (no trade pays)", {"prices": [PRICE.max - i * PRICE.max // n for i in range(n)]}),
        ("largest, rising", {"prices": [i * PRICE.max // n for i in range(n)]}),
        ("largest, all equal", {"prices": [42] * n}),
        ("largest, peak early and crash at the end", {"prices": _peak_then_crash(rng, n)}),
        ("largest, sawtooth", {"prices": _sawtooth(n, 7)}),
        ("largest, random walk", {"prices": PRICE.walk(rng, n, 50)}),
        ("small, random", {"prices": PRICE.sample(rng, 20)}),
    ]


def strategy():
    return PRICES.strategy(st.integers(0, 20), max_size=12)


validate = PRICES.validate
input_of_size = PRICES.input_of_size
