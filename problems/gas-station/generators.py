"""Up to 10^5 stations with one valid start or none: the start last, the lowest point at the end,
every start but one failing just before the end, totals one unit short."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 10**5)
V = Bound("gas[i], cost[i]", 0, 10**4)
SIZE = "n"


def valid_starts(gas, cost):
    """The number of stations that work as the start (every start works when they all break even)."""
    n = len(gas)
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + gas[i] - cost[i]
    total = prefix[n]
    if total < 0:
        return 0
    suffix_min = [0] * (n + 1)
    suffix_min[n] = prefix[n]
    for i in range(n - 1, -1, -1):
        suffix_min[i] = min(prefix[i], suffix_min[i + 1])
    count, prefix_min = 0, float("inf")
    for i in range(n):
        if prefix[i] <= suffix_min[i] and prefix[i] <= prefix_min + total:
            count += 1
        prefix_min = min(prefix_min, prefix[i])
    return count


def _random(rng, n, surplus):
    """Random stations whose gas - cost adds up to `surplus`, redrawn until at most one start works."""
    while True:
        gas, cost = V.sample(rng, n), V.sample(rng, n)
        gap = sum(gas) - sum(cost) - surplus  # move the total to the surplus, one station at a time
        for i in range(n):
            if gap == 0:
                break
            if gap > 0:
                step = min(gap, V.high - cost[i])
                cost[i] += step
            else:
                step = min(-gap, V.high - gas[i])
                gas[i] += step
                step = -step
            gap -= step
        if gap == 0 and valid_starts(gas, cost) <= 1:
            return {"gas": gas, "cost": cost}


def _last_start(n):
    """Every start but the last breaks even until the deficit at station n - 2: brute force walks ~n^2/2 steps."""
    gas, cost = [1] * n, [1] * n
    cost[n - 2], gas[n - 1] = 2, 2
    return {"gas": gas, "cost": cost}


def _rotated(case, shift):
    return {key: values[shift:] + values[:shift] for key, values in case.items()}


def hidden_cases():
    rng = random.Random(134)
    big = N.max
    cases = [
        ("one station, enough", {"gas": [5], "cost": [4]}),
        ("one station, empty", {"gas": [0], "cost": [0]}),
        ("one station, short", {"gas": [3], "cost": [4]}),
        ("two stations, the second", {"gas": [1, 3], "cost": [2, 1]}),
        ("total one unit short", {"gas": [4, 4, 4], "cost": [4, 4, 5]}),
        ("biggest surplus is not the start", {"gas": [3, 1, 10, 0], "cost": [1, 2, 1, 10]}),
        ("dry at the first station", {"gas": [0, 2, 1], "cost": [1, 1, 1]}),
        ("largest, the last station", _last_start(big)),
        ("largest, the last station rotated to the middle", _rotated(_last_start(big), big // 2)),
        ("largest, one unit short", {"gas": [10**4 - 1] + [10**4] * (big - 1), "cost": [10**4] * big}),
        ("largest, random, surplus 1", _random(rng, big, 1)),
        ("largest, random, surplus 1000", _random(rng, big, 1000)),
        ("largest, random, short by 1", _random(rng, big, -1)),
        ("largest, values at the bounds, one unit short", {"gas": [0, 10**4] * (big // 2), "cost": [10**4, 0] * (big // 2 - 1) + [10**4, 1]}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        cases.append((f"random {seed}", _random(r, r.randint(1, big), r.choice((-5, 0, 1, 50)))))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 8))
    gas = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    cost = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    return {"gas": gas, "cost": cost}


def strategy():
    return _inputs().filter(lambda case: valid_starts(case["gas"], case["cost"]) <= 1)


def validate(case):
    gas, cost = case["gas"], case["cost"]
    N.check(len(gas))
    assert len(cost) == len(gas), f"len(cost) = {len(cost)} differs from len(gas) = {len(gas)}"
    V.check_all(gas, "gas[i]")
    V.check_all(cost, "cost[i]")
    starts = valid_starts(gas, cost)
    assert starts <= 1, f"{starts} stations work as the start; at most one may"


def input_of_size(n, rng):
    return _last_start(max(2, N.clamp(n)))
