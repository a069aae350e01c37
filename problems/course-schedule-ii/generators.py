"""Largest cases: 2000 courses in one long chain plus 200,000 extra pairs, with and without a cycle."""

import random

from hypothesis import strategies as st

SIZE = "len(prerequisites), with numCourses = 2000"
MAX_COURSES = 2000


def _layered(n, extra, seed, cycle=False):
    """Course i needs course i + 1 (so the only order is n-1, ..., 0), plus random pairs [i, j], j > i."""
    rng = random.Random(seed)
    pairs = {(i, i + 1) for i in range(n - 1)}
    while len(pairs) < n - 1 + extra:
        i, j = sorted(rng.sample(range(n), 2))
        pairs.add((i, j))
    ordered = sorted(pairs)
    rng.shuffle(ordered)
    if cycle:
        ordered.append((1, 0))  # courses 0 and 1 need each other: found only at the very end
    return {"numCourses": n, "prerequisites": [list(p) for p in ordered]}


def _random_dag(n, m, seed, cycles=0):
    rng = random.Random(seed)
    rank = list(range(n))
    rng.shuffle(rank)
    pairs = set()
    while len(pairs) < m:
        a, b = rng.sample(range(n), 2)
        pairs.add((a, b) if rank[a] > rank[b] else (b, a))  # the lower rank comes first
    for _ in range(cycles):  # b before a, against the order: a cycle whenever a path leads from a to b
        a, b = sorted(rng.sample(range(n), 2), key=rank.__getitem__)
        pairs.discard((b, a))
        pairs.add((a, b))
    pairs = [list(p) for p in pairs]
    rng.shuffle(pairs)
    return {"numCourses": n, "prerequisites": pairs}


def _complete(n):
    return {"numCourses": n, "prerequisites": [[a, b] for a in range(n) for b in range(a + 1, n)]}


def hidden_cases():
    cases = [
        ("largest, long chain, many pairs", _layered(MAX_COURSES, 200_000, 1)),
        ("largest, long chain ending in a cycle", _layered(MAX_COURSES, 200_000, 2, cycle=True)),
        ("largest, no prerequisites", {"numCourses": MAX_COURSES, "prerequisites": []}),
        ("large random order", _random_dag(MAX_COURSES, 100_000, 3)),
        ("large, one cycle hidden in many pairs", _random_dag(MAX_COURSES, 50_000, 4, cycles=1)),
        ("complete order on 400 courses", _complete(400)),
    ]
    for seed in range(5, 12):
        n = random.Random(seed).randint(2, 40)
        cases.append((f"random {seed}", _random_dag(n, min(n * (n - 1) // 2, 2 * n), seed, cycles=seed % 2)))
    return cases


@st.composite
def _inputs(draw):
    n = draw(st.integers(1, 7))
    if n == 1:
        return {"numCourses": 1, "prerequisites": []}
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    pairs = draw(st.lists(pair, max_size=10, unique=True))
    if draw(st.booleans()):  # keep only the pairs that agree with a random order: no cycle
        rank = draw(st.permutations(range(n)))
        pairs = [(a, b) for a, b in pairs if rank[a] > rank[b]]
    return {"numCourses": n, "prerequisites": [list(p) for p in pairs]}


def strategy():
    return _inputs()


def validate(case):
    n, pairs = case["numCourses"], case["prerequisites"]
    assert 1 <= n <= MAX_COURSES, "need 1 <= numCourses <= 2000"
    assert len(pairs) <= n * (n - 1), "too many prerequisite pairs"
    seen = set()
    for pair in pairs:
        assert len(pair) == 2, "each prerequisite is a pair [a, b]"
        a, b = pair
        assert 0 <= a < n and 0 <= b < n, f"course out of range in {pair}"
        assert a != b, f"a course cannot need itself: {pair}"
        assert (a, b) not in seen, f"duplicate pair {pair}"
        seen.add((a, b))


def input_of_size(n, rng):
    courses = MAX_COURSES
    n = min(n, courses * (courses - 1) // 2)
    return _random_dag(courses, n, rng.randrange(10**9))
