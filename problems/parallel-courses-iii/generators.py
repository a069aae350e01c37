"""Up to 5 * 10^4 courses and relations: one long chain listed backwards (relaxing every relation until
nothing changes takes 5 * 10^4 passes over 5 * 10^4 relations), wide layers, stars and random DAGs."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

N = Bound("n", 1, 5 * 10**4)
T = Bound("time[i]", 1, 10**4)
MAX_RELATIONS = 5 * 10**4
SIZE = "n, with n relations"


def _case(n, edges, time):
    """1-based relations from 0-based edges."""
    return {"n": n, "relations": [[a + 1, b + 1] for a, b in edges], "time": time}


def _chain(rng, n, backwards=True):
    order = list(range(n))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    if backwards:
        edges.reverse()
    return edges


def _layers(rng, n, width):
    """Courses in layers of `width`; each course needs one random course of the layer before."""
    edges = []
    for course in range(width, n):
        layer_start = (course // width - 1) * width
        edges.append([layer_start + rng.randrange(width), course])
    rng.shuffle(edges)
    return edges


def hidden_cases():
    rng = random.Random(2050)
    big = N.max
    cases = [
        ("largest, one chain listed backwards", _case(big, _chain(rng, big), T.sample(rng, big))),
        ("largest, one chain, every course 10^4 months", _case(big, _chain(rng, big), [T.max] * big)),
        ("largest, no relations", _case(big, [], T.sample(rng, big))),
        ("largest, everything needs course 1", _case(big, [[0, c] for c in range(1, big)], T.sample(rng, big))),
        ("largest, course n needs everything", _case(big, [[c, big - 1] for c in range(big - 1)], T.sample(rng, big))),
        ("largest, random DAG", _case(big, graphs.dag(rng, big, MAX_RELATIONS), T.sample(rng, big))),
        ("largest, layers of 100, mixed times", _case(big, _layers(rng, big, 100), T.sample(rng, big))),
        ("largest, layers of 2, one slow course each", _case(big, _layers(rng, big, 2),
                                                            [rng.choice([1, T.max]) for _ in range(big)])),
        ("dense DAG on 317 courses", _case(317, graphs.dag(rng, 317, MAX_RELATIONS), T.sample(rng, 317))),
        ("random forest", _case(2000, graphs.tree_edges(rng, 2000), T.sample(rng, 2000))),
    ]
    for seed in range(1, 9):
        r = random.Random(seed)
        n = r.randint(1, 15)
        m = r.randint(0, min(n * (n - 1) // 2, 20))
        cases.append((f"random {seed}", _case(n, graphs.dag(r, n, m), [r.randint(1, 20) for _ in range(n)])))
    return cases


@st.composite
def _inputs(draw):
    n, edges = draw(graphs.edges_strategy(max_nodes=7, max_edges=10, directed=True, acyclic=True))
    time = draw(st.lists(st.integers(1, 20), min_size=n, max_size=n))
    return _case(n, edges, time)


def strategy():
    return _inputs()


def validate(case):
    n, relations, time = case["n"], case["relations"], case["time"]
    N.check(n)
    assert isinstance(relations, list), "relations must be a list"
    Bound("len(relations)", 0, min(n * (n - 1) // 2, MAX_RELATIONS)).check(len(relations))
    seen = set()
    for index, pair in enumerate(relations):
        assert isinstance(pair, list) and len(pair) == 2, f"relations[{index}] = {pair!r:.40} is not a pair"
        a, b = pair
        assert 1 <= a <= n and 1 <= b <= n, f"relations[{index}] = {pair}: courses are numbered 1 to n = {n}"
        assert a != b, f"relations[{index}] = {pair}: a course cannot need itself"
        assert (a, b) not in seen, f"relations[{index}] = {pair} repeats a pair"
        seen.add((a, b))
    assert not graphs.has_cycle(n, [[a - 1, b - 1] for a, b in relations]), "the relations must not form a cycle"
    assert isinstance(time, list) and len(time) == n, f"len(time) = {len(time)} must equal n = {n}"
    T.check_all(time)


def input_of_size(n, rng):
    n = N.clamp(n)
    return _case(n, graphs.dag(rng, n, min(n * (n - 1) // 2, n)), T.sample(rng, n))
