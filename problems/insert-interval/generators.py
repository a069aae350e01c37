"""Up to 10^4 sorted disjoint intervals over 0..10^5, with the new interval before, after, inside, around
or exactly touching them.

"New interval over the middle half" merges 5000 intervals that start 2500 intervals in: a search that
merges one overlapping pair at a time and starts over scans the first 2500 intervals' pairs each time."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, intervals as kit_intervals

N = Bound("len(intervals)", 0, 10**4)
R = Bound("start, end", 0, 10**5)
SIZE = "len(intervals)"


def _disjoint(rng, n, low=R.min, high=R.max):
    """n sorted intervals in [low, high] sharing no point; about one in five is a single point."""
    points = sorted(rng.sample(range(low, high + 1), 2 * n))
    out = []
    for i in range(n):
        a, b = points[2 * i], points[2 * i + 1]
        out.append([a, a] if rng.random() < 0.2 else [a, b])
    return out


def _case(items, new):
    return {"intervals": items, "newInterval": list(new)}


def hidden_cases():
    rng = random.Random(57)
    big = _disjoint(rng, N.max)
    first, last = big[0], big[-1]
    quarter, three_quarters = big[N.max // 4], big[3 * N.max // 4]
    gap_index = rng.randrange(1, N.max)
    gap = [big[gap_index - 1][1] + 1, big[gap_index][0] - 1]
    cases = [
        ("largest, new interval over the middle half", _case(big, [quarter[0], three_quarters[1]])),
        ("largest, new interval over everything", _case(big, [R.min, R.max])),
        ("largest, new interval before all", _case(_disjoint(rng, N.max, 2, R.max), [0, 1])),
        ("largest, new interval after all", _case(_disjoint(rng, N.max, 0, R.max - 2), [R.max - 1, R.max])),
        ("largest, new interval touching the last by its end point", _case(big, [last[1], R.max])),
        ("largest, new interval touching the first by its start", _case(big, [0, first[0]])),
        ("largest, new interval bridging two end points", _case(big, [quarter[1], big[N.max // 4 + 1][0]])),
        ("largest, new interval inside one", _case(big, [three_quarters[0], three_quarters[0]])),
        ("largest, new interval in a gap", _case(big, gap if gap[0] <= gap[1] else [gap[0], gap[0]])),
        ("largest, points, new point on a point", _case([[2 * i, 2 * i] for i in range(N.max)], [9998, 9998])),
        ("no intervals, widest new interval", _case([], [R.min, R.max])),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        n = r.randint(0, 30)
        items = _disjoint(r, n, 0, 100)
        start = r.randint(0, 100)
        cases.append((f"random {seed}", _case(items, [start, min(100, start + r.randint(0, 30))])))
    return cases


@st.composite
def _inputs(draw):
    points = sorted(draw(st.sets(st.integers(0, 30), max_size=12)))
    items = [[points[2 * i], points[2 * i + 1]] for i in range(len(points) // 2)]
    start = draw(st.integers(0, 30))
    return _case(items, [start, draw(st.integers(start, 30))])


def strategy():
    return _inputs()


def validate(case):
    items, new = case["intervals"], case["newInterval"]
    kit_intervals.check(items, R.min, R.max, N.min, N.max)
    for index in range(1, len(items)):
        assert items[index - 1][1] < items[index][0], \
            f"intervals[{index - 1}] = {items[index - 1]} and intervals[{index}] = {items[index]} " \
            "must be sorted and share no point"
    kit_intervals.check([new], R.min, R.max, what="newInterval")


def input_of_size(n, rng):
    n = N.clamp(n)
    items = _disjoint(rng, n)
    start = rng.randint(R.min, R.max)
    return _case(items, [start, min(R.max, start + rng.randint(0, 2000))])
