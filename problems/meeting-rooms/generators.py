"""Up to 10^4 meetings: touching end to end or disjoint with gaps, in time order (a pairwise check then
tests both ends of every pair) or shuffled (and <= fails); one clash only between the last two in time; one
long meeting over all the others."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, intervals

N = Bound("len(intervals)", 0, 10**4)
T = Bound("start_i and end_i", 0, 10**6)
SIZE = "len(intervals)"


def _shuffled(rng, items):
    items = [list(item) for item in items]
    rng.shuffle(items)
    return items


def hidden_cases():
    rng = random.Random(252)
    n = N.max
    touching = intervals.chain(n, 0, 100)
    gaps = intervals.disjoint(rng, n, T.min, T.max)
    late_clash = [list(m) for m in gaps]
    late_clash[-1][0] = late_clash[-2][1] - 1
    cases = [
        ("largest, touching end to end, in order", {"intervals": [list(m) for m in touching]}),
        ("largest, touching end to end, shuffled", {"intervals": _shuffled(rng, touching)}),
        ("largest, disjoint with gaps, in order", {"intervals": [list(m) for m in gaps]}),
        ("largest, touching end to end, reversed", {"intervals": touching[::-1]}),
        ("largest, disjoint with gaps, shuffled", {"intervals": _shuffled(rng, gaps)}),
        ("largest, the last two overlap by one, shuffled", {"intervals": _shuffled(rng, late_clash)}),
        ("largest, one long meeting over all the others",
         {"intervals": _shuffled(rng, [[0, T.max]] + [[3 * i + 1, 3 * i + 2] for i in range(n - 1)])}),
        ("largest, all the same meeting", {"intervals": [[5, 6]] * n}),
        ("largest, random", {"intervals": [(lambda s: [s, s + rng.randint(1, 50)])(rng.randint(0, T.max - 50))
                                           for _ in range(n)]}),
        ("two meetings, touching at 10^6", {"intervals": [[999999, 1000000], [0, 999999]]}),
    ]
    for index in range(6):
        size = rng.randint(2, 12)
        cases.append((f"random {index + 1}", {"intervals": [(lambda s: [s, s + rng.randint(1, 5)])(rng.randint(0, 40))
                                                            for _ in range(size)]}))
    return cases


@st.composite
def _meetings(draw):
    count = draw(st.integers(0, 6))
    out = []
    for _ in range(count):
        start = draw(st.integers(0, 15))
        out.append([start, draw(st.integers(start + 1, 16))])
    return out


def strategy():
    return _meetings().map(lambda meetings: {"intervals": meetings})


def validate(case):
    meetings = case["intervals"]
    intervals.check(meetings, T.min, T.max, N.min, N.max)
    for index, (start, end) in enumerate(meetings):
        assert start < end, f"intervals[{index}] = {[start, end]}: a meeting needs start < end"


def input_of_size(n, rng):
    return {"intervals": _shuffled(rng, intervals.chain(max(N.min, min(n, N.max)), 0, 100))}
