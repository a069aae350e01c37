"""10^4 intervals over 0..10^4: comparing every pair of intervals cannot finish in time.

"Points first, then a chain" puts 5000 intervals that overlap nothing before 5000 that
merge one by one: a search that starts over after each merge scans the points' pairs
5000 times over."""

import random

from hypothesis import strategies as st

N, R = 10**4, 10**4


def _random(seed, n, longest):
    rng = random.Random(seed)
    intervals = []
    for _ in range(n):
        start = rng.randint(0, R)
        intervals.append([start, min(R, start + rng.randint(0, longest))])
    return {"intervals": intervals}


def _shuffled(seed, intervals):
    random.Random(seed).shuffle(intervals)
    return {"intervals": intervals}


def hidden_cases():
    return [
        ("largest, separate points", _shuffled(1, [[i, i] for i in range(N)])),
        ("largest, chain of touching intervals", _shuffled(2, [[i, i + 1] for i in range(N)])),
        ("largest, points first, then a chain", {"intervals": [[i, i] for i in range(N // 2)] +
                                                 _shuffled(9, [[i, i + 1] for i in range(N // 2, N)])["intervals"]}),
        ("largest, short random intervals", _random(3, N, 3)),
        ("largest, long random intervals", _random(4, N, 2000)),
        ("largest, one span holding the rest", _shuffled(5, [[0, R]] + _random(6, N - 1, 50)["intervals"])),
        ("largest, all the same", {"intervals": [[0, R]] * N}),
        ("medium, random", _random(7, 500, 30)),
        ("small, random", _random(8, 10, 2000)),
    ]


@st.composite
def _interval(draw):
    start = draw(st.integers(0, 15))
    return [start, start + draw(st.integers(0, 4))]


def strategy():
    return st.fixed_dictionaries({"intervals": st.lists(_interval(), min_size=1, max_size=12)})


def validate(case):
    intervals = case["intervals"]
    assert isinstance(intervals, list), "intervals must be a list"
    assert 1 <= len(intervals) <= N, f"len(intervals) = {len(intervals)} is outside 1..10^4"
    for interval in intervals:
        assert isinstance(interval, list) and len(interval) == 2, f"{interval!r} is not a [start, end] pair"
        start, end = interval
        assert all(isinstance(v, int) and not isinstance(v, bool) for v in interval), f"{interval!r} is not integers"
        assert 0 <= start <= end <= R, f"{interval!r} breaks 0 <= start <= end <= 10^4"


SIZE = "len(intervals)"


def input_of_size(n, rng):
    return _random(rng.randrange(10**9), max(1, n), 10)
