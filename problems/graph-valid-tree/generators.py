"""Up to 2000 nodes: large trees (paths, stars, random), and near-trees with one cycle and one node cut off."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "n (random trees)"
NODES = Bound("n", 1, 2000)
EDGES = Bound("len(edges)", 0, 5000)


def _cycle_and_loner(rng, n):
    """n - 1 edges: a random tree on the other n - 1 nodes plus one edge closing a cycle; `loner` is cut off."""
    loner = rng.randrange(n)
    others = [x for x in range(n) if x != loner]
    edges = [[others[a], others[b]] for a, b in graphs.tree_edges(rng, n - 1)]
    present = {tuple(sorted(e)) for e in edges}
    while True:
        a, b = rng.sample(others, 2)
        if tuple(sorted((a, b))) not in present:
            break
    edges.append([a, b])
    rng.shuffle(edges)
    return edges


def hidden_cases():
    rng = random.Random(261)
    n = NODES.max
    path = [[i, i + 1] for i in range(n - 1)]
    rng.shuffle(path)
    cases = [
        ("largest, random tree", {"n": n, "edges": graphs.tree_edges(rng, n)}),
        ("largest, long path", {"n": n, "edges": path}),
        ("largest, star", {"n": n, "edges": [[0, i] for i in range(1, n)]}),
        ("largest, path closed into a cycle", {"n": n, "edges": path + [[0, n - 1]]}),
        ("largest, two trees, n - 2 edges", {"n": n, "edges": graphs.components(rng, [n // 2, n - n // 2])[1]}),
        ("largest, many edges", {"n": n, "edges": graphs.random_edges(rng, n, EDGES.max)}),
        ("largest, no edges", {"n": n, "edges": []}),
    ]
    for seed in range(1, 7):
        r = random.Random(seed)
        size = r.randint(3, 40)
        cases.append((f"cycle and a cut-off node {seed}", {"n": size, "edges": _cycle_and_loner(r, size)}))
        cases.append((f"random tree {seed}", {"n": size, "edges": graphs.tree_edges(r, size)}))
    return cases


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # a tree, maybe with one edge added or removed
        n = draw(st.integers(1, 8))
        edges = graphs.tree_edges(random.Random(draw(st.integers(0, 10**6))), n)
        if edges and draw(st.booleans()):
            edges.pop()
        return {"n": n, "edges": edges}
    n, edges = draw(graphs.edges_strategy(max_nodes=7, max_edges=8, directed=False))
    return {"n": n, "edges": edges}


def strategy():
    return _inputs()


def validate(case):
    n, edges = case["n"], case["edges"]
    NODES.check(n)
    graphs.check_edges(edges, n, directed=False, count=EDGES)


def input_of_size(n, rng):
    size = NODES.clamp(n)
    return {"n": size, "edges": graphs.tree_edges(rng, size)}
