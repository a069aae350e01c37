"""10^5 intervals and 10^5 queries: nested intervals, tiny intervals that end early, gaps, shuffled queries."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, intervals

N = Bound("len(intervals)", 1, 10**5)
Q = Bound("len(queries)", 1, 10**5)
V = Bound("value", 1, 10**7)
SIZE = "len(intervals) + len(queries)"


def hidden_cases():
    rng = random.Random(1851)
    top = V.max
    cases = [
        ("largest, random", intervals.random_intervals(rng, N.max, 1, top), V.sample(rng, Q.max)),
        ("largest, short intervals", intervals.random_intervals(rng, N.max, 1, top, 300), V.sample(rng, Q.max)),
        ("largest, nested", intervals.nested(N.max, 1, top), V.sample(rng, Q.max)),
        ("largest, tiny intervals early, one long", [[i, i] for i in range(1, N.max)] + [[1, top]],
         [rng.randint(N.max, top) for _ in range(Q.max)]),
        ("largest, disjoint with gaps", intervals.disjoint(rng, N.max, 1, top), V.sample(rng, Q.max)),
        ("largest, all queries equal", intervals.random_intervals(rng, N.max, 1, top), [top // 2] * Q.max),
        ("largest, one interval", [[1, top]], V.sample(rng, Q.max)),
        ("largest, one query", intervals.random_intervals(rng, N.max, 1, top), [rng.randint(1, top)]),
    ]
    for i in range(4):
        n = rng.randint(1, 60)
        cases.append((f"random small {i}", intervals.random_intervals(rng, n, 1, 40), [rng.randint(1, 45)
                                                                                       for _ in range(30)]))
    return [(name, {"intervals": ivs, "queries": qs}) for name, ivs, qs in cases]


def strategy():
    return st.fixed_dictionaries({"intervals": intervals.strategy(1, 12, 1, 8),
                                  "queries": st.lists(st.integers(1, 14), min_size=1, max_size=8)})


def validate(case):
    intervals.check(case["intervals"], V.min, V.max, N.min, N.max)
    Q.check(len(case["queries"]))
    Bound("queries[j]", 1, 10**7).check_all(case["queries"])


def input_of_size(n, rng):
    n = N.clamp(max(2, n) // 2)
    return {"intervals": intervals.random_intervals(rng, n, 1, 10**7, 10**5), "queries": V.sample(rng, n)}
