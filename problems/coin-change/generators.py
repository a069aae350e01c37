"""The largest amount (10^4) with up to 12 coin values: traps for greedy, impossible amounts, huge coins."""

import random

from hypothesis import strategies as st

SIZE = "amount (with 12 random coin values up to 100)"
MAX_COINS, MAX_VALUE, MAX_AMOUNT = 12, 2**31 - 1, 10**4


def _random(rng):
    """Up to 12 coin values from a randomly chosen range, and a random amount up to 10^4."""
    count = rng.randint(1, MAX_COINS)
    high = rng.choice((20, 100, 1000, MAX_AMOUNT, MAX_VALUE))
    coins = [rng.randint(1, high) for _ in range(count)]
    if rng.random() < 0.7:  # mostly with one small coin, so that large amounts can often be made
        coins[0] = rng.randint(1, 30)
    return {"coins": coins, "amount": rng.randint(0, MAX_AMOUNT)}


def hidden_cases():
    rng = random.Random(322)
    cases = [
        ("largest, 12 small coins", {"coins": rng.sample(range(1, 101), 12), "amount": MAX_AMOUNT}),
        ("largest, only 1s", {"coins": [1], "amount": MAX_AMOUNT}),
        ("largest, coins 1 to 12", {"coins": list(range(12, 0, -1)), "amount": MAX_AMOUNT}),
        ("largest, 12 coins near 2^31 - 1", {"coins": [MAX_VALUE - i for i in range(12)], "amount": MAX_AMOUNT}),
        ("largest, even coins, odd amount", {"coins": [2 * rng.randint(1, 500) for _ in range(12)],
                                             "amount": MAX_AMOUNT - 1}),
        ("large, greedy trap 1 3000 4000", {"coins": [1, 3000, 4000], "amount": 9000}),
        ("large, coprime 97 and 101", {"coins": [101, 97], "amount": 9999}),
        ("largest, huge and small coins mixed", {"coins": [MAX_VALUE, 10**9, 9973, 13, 7], "amount": MAX_AMOUNT}),
        ("largest, one coin per step of 5 to 60", {"coins": list(range(5, 61, 5)), "amount": MAX_AMOUNT}),
    ]
    for seed in range(1, 9):
        cases.append((f"random {seed}", _random(random.Random(seed))))
    return cases


@st.composite
def _inputs(draw):
    coins = draw(st.lists(st.integers(1, 20), min_size=1, max_size=6))
    if draw(st.integers(0, 5)) == 0:  # now and then a coin that can never fit
        coins.append(draw(st.sampled_from([MAX_VALUE, MAX_VALUE - 1, 10**6])))
    return {"coins": coins, "amount": draw(st.integers(0, 60))}


def strategy():
    return _inputs()


def validate(case):
    coins, amount = case["coins"], case["amount"]
    assert 1 <= len(coins) <= MAX_COINS, f"len(coins) = {len(coins)} is outside [1, 12]"
    assert all(isinstance(c, int) and 1 <= c <= MAX_VALUE for c in coins), "some coins[i] is outside [1, 2^31 - 1]"
    assert isinstance(amount, int) and 0 <= amount <= MAX_AMOUNT, f"amount = {amount} is outside [0, 10^4]"


def input_of_size(n, rng):
    return {"coins": rng.sample(range(1, 101), MAX_COINS), "amount": max(0, min(n, MAX_AMOUNT))}
