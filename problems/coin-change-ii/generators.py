"""Up to 300 coin values and amounts up to 5000, every answer below 2^31: partitions of 100 (1.9 * 10^8 ways),
300 large coins, the largest amount, amount 0, amounts no coin can make."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(coins)", 1, 300)
C = Bound("coins[i]", 1, 5000)
A = Bound("amount", 0, 5000)
INT_MAX = 2**31 - 1
SIZE = "amount (with the four coin values 1, 2, 3 and 4)"


def ways(amount, coins):
    counts = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            counts[total] += counts[total - coin]
    return counts[amount]


def _fitting(rng, count, low, amount):
    """`count` distinct coins from [low, 5000] (shuffled) whose answer for `amount` fits in 32 bits; low rises until it does."""
    while True:
        coins = rng.sample(range(low, C.high + 1), min(count, C.high - low + 1))
        if ways(amount, coins) <= INT_MAX:
            return coins
        low += max(1, low // 4)


def hidden_cases():
    rng = random.Random(518)
    ordered = list(range(1, 301))
    cases = [
        ("amount 0", {"amount": 0, "coins": [7]}),
        ("amount 0, many coins", {"amount": 0, "coins": [1, 2, 3, 5000]}),
        ("one coin that divides the amount", {"amount": 12, "coins": [3]}),
        ("one coin larger than the amount", {"amount": 4, "coins": [5]}),
        ("even coins, odd amount", {"amount": 11, "coins": [2, 4, 8]}),
        ("1 and 2 only", {"amount": 10, "coins": [2, 1]}),
        ("a coin equal to the amount", {"amount": 5000, "coins": [5000]}),
        ("partitions of 100, coins 1 to 300", {"amount": 100, "coins": ordered}),
        ("partitions of 100, coins shuffled", {"amount": 100, "coins": rng.sample(ordered, 300)}),
        ("largest amount, 300 coins from 1000", {"amount": 5000, "coins": _fitting(rng, 300, 1000, 5000)}),
        ("largest amount, coins 25 to 31", {"amount": 5000, "coins": list(range(25, 32))}),
        ("largest amount, 300 coins, none fits exactly", {"amount": 4999,
                                                          "coins": [2 * k for k in range(1250, 1550)]}),
        ("largest amount, coins 1 and 2", {"amount": 5000, "coins": [1, 2]}),
        ("largest amount, 1, 2, 5 and 10", {"amount": 5000, "coins": [10, 5, 2, 1]}),
        ("amount 500, eight small coins", {"amount": 500, "coins": [3, 5, 7, 8, 9, 10, 11, 13]}),
        ("largest amount, US coins", {"amount": 5000, "coins": [5, 10, 25, 50, 100]}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        amount = r.randint(0, A.high)
        cases.append((f"random {seed}", {"amount": amount,
                                         "coins": _fitting(r, r.randint(1, 300), r.choice((20, 200, 1000)), amount)}))
    return cases


@st.composite
def _inputs(draw):
    coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5, unique=True))
    if draw(st.integers(0, 4)) == 0:
        coins.append(draw(st.sampled_from([4999, 5000])))
    return {"amount": draw(st.integers(0, 40)), "coins": coins}


def strategy():
    return _inputs()


def validate(case):
    amount, coins = case["amount"], case["coins"]
    N.check(len(coins))
    C.check_all(coins)
    assert len(set(coins)) == len(coins), "the values of coins must be unique"
    A.check(amount)
    answer = ways(amount, coins)
    assert answer <= INT_MAX, f"the answer {answer} does not fit in a signed 32-bit integer"


def input_of_size(n, rng):
    # A few small coins, so the amount (not 300 values from 1000 up) is what grows and the largest number:
    # O(n * amount) with n fixed is linear in it. Past 5000 the amounts leave the constraints, as growth shows there.
    return {"amount": max(1, n), "coins": [1, 2, 3, 4]}
