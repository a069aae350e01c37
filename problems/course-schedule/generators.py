"""Largest cases: 2000 courses and 5000 pairs, as a long chain, a lattice of shared prerequisites and random DAGs."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "numCourses + len(prerequisites), half each (numCourses stops at 2000)"
COURSES = Bound("numCourses", 1, 2000)
PAIRS = Bound("len(prerequisites)", 0, 5000)


def _as_prerequisites(n, edges, rng):
    """Edges u -> v (u first) written as LeetCode's [v, u], shuffled."""
    pairs = [[v, u] for u, v in edges]
    rng.shuffle(pairs)
    return {"numCourses": n, "prerequisites": pairs}


def _chain(n, extra, rng, cycle=False):
    """Course i before course i + 1, plus forward shortcuts; optionally the last course before the first."""
    edges = {(i, i + 1) for i in range(n - 1)}
    while len(edges) < n - 1 + extra:
        i, j = sorted(rng.sample(range(n), 2))
        edges.add((i, j))
    if cycle:
        edges.add((n - 1, 0))
    return _as_prerequisites(n, sorted(edges), rng)


def _lattice(n, rng, cycle=False):
    """Layers of two courses, each needing both of the layer before: 2^layers paths from the top."""
    edges = [(2 * k + a, 2 * k + 2 + b) for k in range(n // 2 - 1) for a in (0, 1) for b in (0, 1)]
    if cycle:
        edges.append((n - 1, 0))
    return _as_prerequisites(n, edges, rng)


def hidden_cases():
    rng = random.Random(207)
    n, m = COURSES.max, PAIRS.max
    cases = [
        ("largest, chain with shortcuts", _chain(n, m - n + 1, rng)),
        ("largest, chain closed into one long cycle", _chain(n, m - n, rng, cycle=True)),
        ("largest, lattice of shared prerequisites", _lattice(n, rng)),
        ("largest, lattice closed by its last course", _lattice(n, rng, cycle=True)),
        ("largest, no prerequisites", {"numCourses": n, "prerequisites": []}),
        ("largest, random order", _as_prerequisites(n, graphs.dag(rng, n, m), rng)),
        ("largest, one 3-cycle hidden in a random order", _as_prerequisites(n, graphs.with_cycle(rng, n, m), rng)),
        ("complete order on 100 courses", _as_prerequisites(100, [(a, b) for a in range(100) for b in range(a + 1, 100)][:m], rng)),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        size = r.randint(2, 30)
        edges = graphs.with_cycle(r, size, 2 * size) if seed % 2 else graphs.dag(r, size, min(2 * size, size * (size - 1) // 2))
        cases.append((f"random {seed}", _as_prerequisites(size, edges, r)))
    return cases


@st.composite
def _inputs(draw):
    n, edges = draw(graphs.edges_strategy(max_nodes=7, max_edges=10, directed=True, acyclic=draw(st.booleans())))
    return {"numCourses": n, "prerequisites": edges}


def strategy():
    return _inputs()


def validate(case):
    n, pairs = case["numCourses"], case["prerequisites"]
    COURSES.check(n)
    PAIRS.check(len(pairs))
    seen = set()
    for index, pair in enumerate(pairs):
        assert isinstance(pair, list) and len(pair) == 2, f"prerequisites[{index}] must be a pair [a, b]"
        a, b = pair
        assert 0 <= a < n and 0 <= b < n, f"prerequisites[{index}] = {pair}: courses must be in 0..{n - 1}"
        assert (a, b) not in seen, f"prerequisites[{index}] = {pair} repeats a pair"
        seen.add((a, b))


def input_of_size(n, rng):
    # Courses and pairs grow together: with the courses fixed, their empty lists dwarf the pairs' memory.
    courses = COURSES.clamp(max(2, n // 2))
    pairs = min(PAIRS.clamp(n - courses), courses * (courses - 1) // 2)
    return _as_prerequisites(courses, graphs.dag(rng, courses, pairs), rng)
