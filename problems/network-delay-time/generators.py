"""Up to 100 nodes and 6000 links: dense random, chains whose many hops beat one long link, unreachable nodes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "len(times), with n = 100"
NODES = Bound("n", 1, 100)
LINKS = Bound("len(times)", 1, 6000)
WEIGHT = Bound("w", 0, 100)


def _weighted(rng, n, m, low=0, high=100):
    return [[u + 1, v + 1, rng.randint(low, high)] for u, v in graphs.random_edges(rng, n, m, directed=True)]


def _hops_beat_links(rng, n):
    """A chain 1 -> 2 -> ... -> n of weight-1 links, plus heavy shortcuts listed first: BFS order misleads."""
    shortcuts = [[1, v, 100] for v in range(3, n + 1)] + [[u, v, 100] for u, v, _ in _weighted(rng, n, 3000)
                                                        if v > u + 1 and u != 1]
    chain = [[i, i + 1, 1] for i in range(1, n)]
    present, times = set(), []
    for u, v, w in shortcuts + chain:
        if (u, v) not in present:
            present.add((u, v))
            times.append([u, v, w])
    return times


def hidden_cases():
    rng = random.Random(743)
    n, m = NODES.max, LINKS.max
    no_way_out = [t for t in _weighted(rng, n, m) if t[0] != 50]  # node 50 sends nothing...
    no_way_in = [t for t in _weighted(rng, n, m) if t[1] != 77]   # ... and nothing reaches node 77
    return [
        ("largest, dense random weights", {"times": _weighted(rng, n, m), "n": n, "k": rng.randint(1, n)}),
        ("largest, weights 0 and 1", {"times": _weighted(rng, n, m, 0, 1), "n": n, "k": 1}),
        ("largest, every link weight 0", {"times": _weighted(rng, n, m, 0, 0), "n": n, "k": n}),
        ("largest, many hops beat heavy shortcuts", {"times": _hops_beat_links(rng, n), "n": n, "k": 1}),
        ("largest, the source sends nothing", {"times": no_way_out, "n": n, "k": 50}),
        ("largest, one node never reached", {"times": no_way_in, "n": n, "k": 1}),
        ("largest, one long chain", {"times": [[i, i + 1, 100] for i in range(1, n)], "n": n, "k": 1}),
        ("sparse random", {"times": _weighted(rng, n, 150), "n": n, "k": 3}),
    ] + [(f"random {seed}", _small(random.Random(seed))) for seed in range(1, 9)]


def _small(rng):
    n = rng.randint(2, 12)
    m = rng.randint(1, min(30, n * (n - 1)))
    return {"times": _weighted(rng, n, m, 0, 20), "n": n, "k": rng.randint(1, n)}


@st.composite
def _inputs(draw):
    n, edges = draw(graphs.edges_strategy(max_nodes=6, max_edges=12, directed=True, min_nodes=2))
    if not edges:
        edges = [[0, 1]]
    weights = draw(st.lists(st.integers(0, 10), min_size=len(edges), max_size=len(edges)))
    times = [[u + 1, v + 1, w] for (u, v), w in zip(edges, weights)]
    return {"times": times, "n": n, "k": draw(st.integers(1, n))}


def strategy():
    return _inputs()


def validate(case):
    times, n, k = case["times"], case["n"], case["k"]
    NODES.check(n)
    assert isinstance(k, int) and 1 <= k <= n, f"k = {k} must be in 1..n = {n}"
    graphs.check_edges(times, n, what="times", first_node=1, count=LINKS)
    WEIGHT.check_all([t[2] for t in times], "w")


def input_of_size(size, rng):
    m = LINKS.clamp(size)
    return {"times": _weighted(rng, NODES.max, m), "n": NODES.max, "k": 1}
