"""Up to 100 cities and 4950 flights: dense random, cheap long chains against dear short hops, unreachable dst."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "len(flights), with n = 100 and k = 99"
CITIES = Bound("n", 1, 100)
PRICE = Bound("price", 1, 10**4)


def _flights(rng, n, m, low=1, high=PRICE.max):
    return [[a, b, rng.randint(low, high)] for a, b in graphs.random_edges(rng, n, m, directed=True)]


def _dense_forward(rng, n):
    """Every flight i -> j with i < j; cheap hops of one city, dear jumps: fewer stops cost more."""
    flights = [[i, j, min(PRICE.max, (j - i) ** 2 + rng.randint(0, 9))] for i in range(n) for j in range(i + 1, n)]
    rng.shuffle(flights)
    return flights


def hidden_cases():
    rng = random.Random(787)
    n = CITIES.max
    most = n * (n - 1) // 2
    return [
        ("largest, dense forward, k = 98", {"n": n, "flights": _dense_forward(rng, n), "src": 0, "dst": n - 1, "k": n - 2}),
        ("largest, dense forward, k = 5", {"n": n, "flights": _dense_forward(rng, n), "src": 0, "dst": n - 1, "k": 5}),
        ("largest, dense forward, k = 0", {"n": n, "flights": _dense_forward(rng, n), "src": 0, "dst": n - 1, "k": 0}),
        ("largest, random flights, k = 99", {"n": n, "flights": _flights(rng, n, most), "src": 3, "dst": 7, "k": 99}),
        ("largest, random flights, k = 2", {"n": n, "flights": _flights(rng, n, most), "src": 0, "dst": 1, "k": 2}),
        ("largest, dst unreachable", {"n": n, "flights": [f for f in _flights(rng, n, most) if f[1] != 42],
                                       "src": 0, "dst": 42, "k": 50}),
        ("largest, chain", {"n": n, "flights": [[i, i + 1, PRICE.max] for i in range(n - 1)], "src": 0, "dst": n - 1,
                            "k": n - 2}),
    ] + [(f"random {seed}", _small(random.Random(seed))) for seed in range(1, 9)]


def _small(rng):
    n = rng.randint(2, 10)
    m = rng.randint(0, n * (n - 1) // 2)
    src, dst = rng.sample(range(n), 2)
    return {"n": n, "flights": _flights(rng, n, m, 1, 30), "src": src, "dst": dst, "k": rng.randint(0, n - 1)}


@st.composite
def _inputs(draw):
    n, edges = draw(graphs.edges_strategy(max_nodes=6, max_edges=12, directed=True, min_nodes=2))
    edges = edges[:n * (n - 1) // 2]
    prices = draw(st.lists(st.integers(1, 20), min_size=len(edges), max_size=len(edges)))
    src, dst = draw(st.permutations(list(range(n))))[:2]
    return {"n": n, "flights": [[a, b, p] for (a, b), p in zip(edges, prices)], "src": src, "dst": dst,
            "k": draw(st.integers(0, n - 1))}


def strategy():
    return _inputs()


def validate(case):
    n, flights = case["n"], case["flights"]
    CITIES.check(n)
    assert len(flights) <= n * (n - 1) // 2, f"len(flights) = {len(flights)} is over n * (n - 1) / 2"
    graphs.check_edges(flights, n, what="flights")
    PRICE.check_all([f[2] for f in flights], "price")
    for name in ("src", "dst", "k"):
        assert isinstance(case[name], int) and 0 <= case[name] < n, f"{name} = {case[name]} must be in 0..n - 1"
    assert case["src"] != case["dst"], "src and dst must differ"


def input_of_size(size, rng):
    n = CITIES.max
    return {"n": n, "flights": _flights(rng, n, min(size, n * (n - 1) // 2)), "src": 0, "dst": n - 1, "k": n - 1}
