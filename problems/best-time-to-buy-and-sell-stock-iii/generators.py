"""The longest price lists (10^5 days): random, monotone, flat, zigzag, and shapes where the two largest rising
runs, or the best single trade plus the best trade outside it, are not the answer."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(prices)"
N = Bound("len(prices)", 1, 10**5)
P = Bound("prices[i]", 0, 10**5)


def _walk(rng, n, step):
    """A random walk clamped to the allowed prices, from a random one."""
    return P.walk(rng, n, step, start=P.draw(rng))


def _split_rise(n):
    """One long rise with a deep dip in the middle: two trades around the dip beat the single long one."""
    quarter = n // 4
    rise = [4 * i for i in range(quarter)]
    return rise + [rise[-1] - 4 * i for i in range(quarter)] + [2 * i + 1 for i in range(n - 2 * quarter)]


def _runs_trap(n):
    """Many small rising runs joined by tiny dips: ignoring the dips and taking long trades wins."""
    out, price = [], 0
    while len(out) < n:
        out += [price, price + 3, price + 2]
        price += 2
    return [P.clamp(p) for p in out[:n]]


def hidden_cases():
    rng = random.Random(123)
    n = N.max
    cases = [
        ("a single day", {"prices": [5]}),
        ("two days, rising", {"prices": [0, 100000]}),
        ("split one trade in two", {"prices": [1, 5, 2, 8]}),
        ("two largest runs are not best", {"prices": [1, 2, 4, 2, 5, 7, 2, 4, 9, 0]}),
        ("largest, random", {"prices": P.sample(rng, n)}),
        ("largest, random walk", {"prices": _walk(rng, n, 100)}),
        ("largest, random walk, large steps", {"prices": _walk(rng, n, 5000)}),
        ("largest, rising", {"prices": list(range(n))}),
        ("largest, falling", {"prices": list(range(n, 0, -1))}),
        ("largest, flat", {"prices": [777] * n}),
        ("largest, zigzag 0 and 10^5", {"prices": [0 if i % 2 == 0 else P.max for i in range(n)]}),
        ("largest, rise with a dip in the middle", {"prices": _split_rise(n)}),
        ("largest, small runs with tiny dips", {"prices": _runs_trap(n)}),
        ("largest, falling then rising", {"prices": [abs(i - n // 2) for i in range(n)]}),
        ("largest, rising then falling", {"prices": [n // 2 - abs(i - n // 2) for i in range(n)]}),
        ("largest, three peaks", {"prices": [0] + [50000] + [10] * (n - 6) + [90000, 5, 80000]}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"prices": st.lists(P.integers(high=12), min_size=1, max_size=12)})


def validate(case):
    N.check(len(case["prices"]), "len(prices)")
    P.check_all(case["prices"])


def input_of_size(n, rng):
    return {"prices": P.sample(rng, N.clamp(n))}
