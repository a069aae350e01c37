"""Up to 2000 nodes and 5000 edges: one big cyclic component, many trees, a long path, isolated nodes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "n + len(edges), half each (n stops at 2000)"
NODES = Bound("n", 1, 2000)
EDGES = Bound("len(edges)", 1, 5000)


def _ordered(edges, rng):
    """LeetCode writes each edge as [a, b] with a < b."""
    out = [sorted(edge) for edge in edges]
    rng.shuffle(out)
    return out


def _case(n, edges, rng):
    return {"n": n, "edges": _ordered(edges, rng)}


def _trees_plus_cycles(rng, sizes, extra):
    """Random trees of the given sizes, plus `extra` edges inside them (closing cycles)."""
    n, edges = graphs.components(rng, sizes)
    present = {tuple(sorted(e)) for e in edges}
    members = [nodes for nodes in graphs.connected_components(n, edges) if len(nodes) >= 3]
    added = 0
    while added < extra and members:
        nodes = rng.choice(members)
        a, b = sorted(rng.sample(nodes, 2))
        if (a, b) not in present:
            present.add((a, b))
            edges.append([a, b])
            added += 1
    return n, edges


def hidden_cases():
    rng = random.Random(323)
    n, m = NODES.max, EDGES.max
    cases = [
        ("largest, one component with cycles", _case(*_trees_plus_cycles(rng, [n], m - n + 1), rng)),
        ("largest, 40 components with cycles", _case(*_trees_plus_cycles(rng, [50] * 40, m - n + 40), rng)),
        ("largest, random edges", _case(n, graphs.random_edges(rng, n, m), rng)),
        ("largest, a long path", _case(n, [[i, i + 1] for i in range(n - 1)], rng)),
        ("largest, one edge and isolated nodes", _case(n, [[0, n - 1]], rng)),
        ("largest, 1000 separate pairs", _case(n, [[2 * i, 2 * i + 1] for i in range(n // 2)], rng)),
        ("largest, dense corner and isolated rest", _case(n, [[a, b] for a in range(101) for b in range(a + 1, 101)][:m],
                                                           rng)),
    ]
    for seed in range(1, 7):
        r = random.Random(seed)
        size = r.randint(2, 15)
        count = r.randint(1, min(20, size * (size - 1) // 2))
        cases.append((f"random {seed}", _case(size, graphs.random_edges(r, size, count), r)))
    return cases


@st.composite
def _inputs(draw):
    n, edges = draw(graphs.edges_strategy(max_nodes=8, max_edges=10, directed=False, min_nodes=2))
    if not edges:
        edges = [[0, 1]]
    return {"n": n, "edges": [sorted(edge) for edge in edges]}


def strategy():
    return _inputs()


def validate(case):
    n, edges = case["n"], case["edges"]
    NODES.check(n)
    graphs.check_edges(edges, n, directed=False, count=EDGES, ordered=True)


def input_of_size(n, rng):
    # Nodes and edges grow together: with the nodes fixed, their parent array dwarfs the edges' memory.
    nodes = NODES.clamp(max(2, n // 2))
    edges = min(EDGES.clamp(n - nodes), nodes * (nodes - 1) // 2)
    return _case(nodes, graphs.random_edges(rng, nodes, edges), rng)
