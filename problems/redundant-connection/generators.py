"""Up to 1000 nodes: a random tree plus one edge, with cycles of every length, the closing edge anywhere."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, graphs

SIZE = "n == len(edges)"
NODES = Bound("n", 3, 1000)


def _tree_plus_edge(rng, n, cycle_length=None, shuffle=True):
    """A random tree on 1..n plus one edge closing a cycle (of `cycle_length` nodes, if given)."""
    if cycle_length is None:
        edges = [[a + 1, b + 1] for a, b in graphs.tree_edges(rng, n)]
        present = {tuple(sorted(e)) for e in edges}
        while True:
            a, b = sorted(rng.sample(range(1, n + 1), 2))
            if (a, b) not in present:
                break
        edges.append([a, b])
    else:  # a cycle of the given length, with the rest hung from it as random branches
        labels = list(range(1, n + 1))
        rng.shuffle(labels)
        ring = labels[:cycle_length]
        edges = [[ring[i], ring[(i + 1) % cycle_length]] for i in range(cycle_length)]
        for i in range(cycle_length, n):
            edges.append([labels[rng.randrange(i)], labels[i]])
    edges = [sorted(edge) for edge in edges]
    if shuffle:
        rng.shuffle(edges)
    return {"edges": edges}


def hidden_cases():
    rng = random.Random(684)
    n = NODES.max
    return [
        ("largest, random tree plus an edge", _tree_plus_edge(rng, n)),
        ("largest, one cycle through every node", _tree_plus_edge(rng, n, n)),
        ("largest, triangle among branches", _tree_plus_edge(rng, n, 3)),
        ("largest, cycle of 500", _tree_plus_edge(rng, n, 500)),
        ("largest, path closed at its ends, in order", {"edges": [[i, i + 1] for i in range(1, n)] + [[1, n]]}),
        ("largest, closing edge first", {"edges": [[1, n]] + [[i, i + 1] for i in range(1, n)]}),
        ("largest, star plus one edge", {"edges": [[1, i] for i in range(2, n + 1)] + [[2, n]]}),
    ] + [(f"random {seed}", _tree_plus_edge(random.Random(seed), random.Random(seed).randint(3, 30)))
         for seed in range(1, 9)]


@st.composite
def _inputs(draw):
    n = draw(st.integers(3, 9))
    length = draw(st.integers(3, n))
    return _tree_plus_edge(random.Random(draw(st.integers(0, 10**6))), n, length)


def strategy():
    return _inputs()


def validate(case):
    edges = case["edges"]
    n = len(edges)
    NODES.check(n, "n = len(edges)")
    graphs.check_edges(edges, n, directed=False, first_node=1, ordered=True)
    from_zero = [[a - 1, b - 1] for a, b in edges]
    assert len(graphs.connected_components(n, from_zero)) == 1, "the graph must be connected"


def input_of_size(n, rng):
    return _tree_plus_edge(rng, NODES.clamp(n))
