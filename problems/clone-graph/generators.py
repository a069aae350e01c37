"""Connected graphs up to the largest allowed (100 nodes): a path, a cycle, a star, a complete
graph (4950 edges), random trees and random dense and sparse graphs; the empty graph and a
single node.

At 100 nodes every correct copy is fast: these check correctness only.
"""

import random

from judge.kit import Bound, graphs

NODES = Bound("number of nodes", 0, 100)
SIZE = "number of nodes"


def _case(n, edges):
    """The adjacency list of nodes 1..n for undirected edges between 0-based labels."""
    adjacency = [[] for _ in range(n)]
    for a, b in edges:
        adjacency[a].append(b + 1)
        adjacency[b].append(a + 1)
    return {"adjList": adjacency}


def _connected(rng, n, m):
    """A random tree on n nodes plus extra random edges, m edges in all."""
    edges = {tuple(sorted(edge)) for edge in graphs.tree_edges(rng, n)}
    while len(edges) < m:
        a, b = sorted(rng.sample(range(n), 2))
        edges.add((a, b))
    ordered = sorted(edges)
    rng.shuffle(ordered)
    return ordered


def hidden_cases():
    rng = random.Random(133)
    top = NODES.max
    complete = [(a, b) for a in range(top) for b in range(a + 1, top)]
    rng.shuffle(complete)
    middle = list(range(1, top))
    rng.shuffle(middle)
    middle.insert(top // 2, 0)
    cases = [
        ("empty graph", {"adjList": []}),
        ("one node", {"adjList": [[]]}),
        ("two nodes", {"adjList": [[2], [1]]}),
        ("triangle", {"adjList": [[2, 3], [1, 3], [1, 2]]}),
        ("largest, a path from node 1", _case(top, [(i, i + 1) for i in range(top - 1)])),
        ("largest, a path with node 1 in its middle", _case(top, list(zip(middle, middle[1:])))),
        ("largest, a cycle", _case(top, [(i, (i + 1) % top) for i in range(top)])),
        ("largest, a star around node 1", _case(top, [(0, i) for i in range(1, top)])),
        ("largest, a star around node 100", _case(top, [(top - 1, i) for i in range(top - 1)])),
        ("largest, complete", _case(top, complete)),
        ("largest, a random tree", _case(top, graphs.tree_edges(rng, top))),
        ("largest, sparse", _case(top, _connected(rng, top, 150))),
        ("largest, dense", _case(top, _connected(rng, top, 3000))),
    ]
    for index in range(5):
        n = rng.randint(2, top)
        cases.append((f"random {index + 1}", _case(n, _connected(rng, n, rng.randint(n - 1, n * (n - 1) // 2)))))
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def cases(draw):
        n = draw(st.integers(0, 7))
        if n <= 1:
            return {"adjList": [[]] * n}
        parents = [draw(st.integers(0, i - 1)) for i in range(1, n)]
        edges = {(parent, child) for child, parent in enumerate(parents, start=1)}
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n)]
        edges |= set(draw(st.lists(st.sampled_from(pairs), max_size=6)))
        return _case(n, sorted(edges))

    return cases()


def validate(case):
    adjacency = case["adjList"]
    assert isinstance(adjacency, list), "adjList must be a list of lists"
    n = len(adjacency)
    NODES.check(n, "the number of nodes")
    edges = set()
    for index, neighbours in enumerate(adjacency, start=1):
        assert isinstance(neighbours, list), f"adjList[{index - 1}] must be a list"
        assert len(set(neighbours)) == len(neighbours), f"node {index} lists a neighbour twice"
        for value in neighbours:
            Bound(f"a neighbour of node {index}", 1, n).check(value)
            assert value != index, f"node {index} is its own neighbour"
            edges.add((index, value))
    for a, b in edges:
        assert (b, a) in edges, f"node {a} lists {b}, but node {b} does not list {a}: the graph is undirected"
    reached, stack = {1} if n else set(), [1] if n else []
    while stack:
        for value in adjacency[stack.pop() - 1]:
            if value not in reached:
                reached.add(value)
                stack.append(value)
    assert len(reached) == n, f"only {len(reached)} of the {n} nodes can be reached from node 1"


def input_of_size(n, rng):
    n = max(2, min(n, NODES.max))
    return _case(n, _connected(rng, n, n * (n - 1) // 4 + 1))  # half the possible edges: E grows as n^2
