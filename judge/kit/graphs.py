"""Graphs as LeetCode writes them (n nodes 0..n-1 and a list of edges), and grids.

Every edge list comes out in a random order with no duplicate edges and no self-loops,
unless a helper says otherwise.
"""

from __future__ import annotations

import random
from collections import deque

from hypothesis import strategies as st

from judge.kit.bounds import Bound


def tree_edges(rng: random.Random, n: int) -> list[list[int]]:
    """The n-1 undirected edges of a random tree on nodes 0..n-1 (relabelled at random)."""
    labels = list(range(n))
    rng.shuffle(labels)
    edges = [[labels[rng.randrange(i)], labels[i]] for i in range(1, n)]
    rng.shuffle(edges)
    return edges


def path_edges(n: int, directed: bool = True) -> list[list[int]]:
    """0 -> 1 -> ... -> n-1: the deepest DAG, which breaks recursive search at n >= 1000."""
    return [[i, i + 1] for i in range(n - 1)]


def dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    """m distinct directed edges u -> v that respect a hidden random order: no cycle."""
    order = list(range(n))
    rng.shuffle(order)
    most = n * (n - 1) // 2
    if m > most:
        raise ValueError(f"a DAG on {n} nodes has at most {most} edges, asked for {m}")
    edges: set[tuple[int, int]] = set()
    while len(edges) < m:
        i, j = sorted(rng.sample(range(n), 2))
        edges.add((order[i], order[j]))
    out = [list(edge) for edge in sorted(edges)]
    rng.shuffle(out)
    return out


def with_cycle(rng: random.Random, n: int, m: int, cycle_length: int = 3) -> list[list[int]]:
    """A DAG of about m edges plus one directed cycle of `cycle_length` nodes hidden in it."""
    edges = dag(rng, n, max(0, m - cycle_length))
    nodes = rng.sample(range(n), cycle_length)
    present = {tuple(edge) for edge in edges}
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        if (a, b) not in present:
            edges.append([a, b])
            present.add((a, b))
    rng.shuffle(edges)
    return edges


def random_edges(rng: random.Random, n: int, m: int, directed: bool = False) -> list[list[int]]:
    """m distinct edges, no self-loops (undirected: no edge in both directions)."""
    most = n * (n - 1) // (1 if directed else 2)
    if m > most:
        raise ValueError(f"{n} nodes have at most {most} edges, asked for {m}")
    edges: set[tuple[int, int]] = set()
    while len(edges) < m:
        a, b = rng.sample(range(n), 2)
        if not directed:
            a, b = min(a, b), max(a, b)
        edges.add((a, b))
    out = [list(edge) for edge in sorted(edges)]
    rng.shuffle(out)
    return out


def components(rng: random.Random, sizes: list[int]) -> tuple[int, list[list[int]]]:
    """Disjoint random trees of the given sizes, labels shuffled: (n, undirected edges)."""
    n = sum(sizes)
    labels = list(range(n))
    rng.shuffle(labels)
    edges, start = [], 0
    for size in sizes:
        for a, b in tree_edges(rng, size):
            edges.append([labels[start + a], labels[start + b]])
        start += size
    rng.shuffle(edges)
    return n, edges


class _DisjointSets:
    """Union-find over nodes 0..n-1."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a: int, b: int) -> bool:
        """Joins the sets of a and b; False when they were one set already."""
        root_a, root_b = self.find(a), self.find(b)
        self.parent[root_a] = root_b
        return root_a != root_b


def connected_components(n: int, edges) -> list[list[int]]:
    """The nodes of each connected component of an undirected graph on 0..n-1, each list ascending,
    the components in the order of their smallest node."""
    sets = _DisjointSets(n)
    for a, b, *_ in edges:
        sets.union(a, b)
    members: dict[int, list[int]] = {}
    for node in range(n):
        members.setdefault(sets.find(node), []).append(node)
    return list(members.values())


def has_cycle(n: int, edges, directed: bool = True) -> bool:
    """Whether the graph has a cycle (Kahn's algorithm; undirected: union-find)."""
    if not directed:
        sets = _DisjointSets(n)
        return not all(sets.union(a, b) for a, b in edges)
    indegree, out = [0] * n, [[] for _ in range(n)]
    for a, b in edges:
        out[a].append(b)
        indegree[b] += 1
    queue, seen = deque(i for i in range(n) if indegree[i] == 0), 0
    while queue:
        node = queue.popleft()
        seen += 1
        for nxt in out[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return seen < n


def check_edges(edges, n: int, what: str = "edges", directed: bool = True, allow_duplicates: bool = False,
                first_node: int = 0, count: Bound | None = None, ordered: bool = False) -> None:
    """AssertionError naming the first edge that is malformed, out of range, a self-loop or repeated.

    The nodes are first_node..first_node + n - 1 (1 where LeetCode numbers them from 1); `count` bounds the
    number of edges; `ordered`: each edge must be written [a, b] with a < b, as some problems promise."""
    assert isinstance(edges, list), f"{what} must be a list"
    if count is not None:
        count.check(len(edges))
    last_node = first_node + n - 1
    seen = set()
    for index, edge in enumerate(edges):
        assert isinstance(edge, list) and len(edge) >= 2, f"{what}[{index}] must be a list [u, v, ...]"
        a, b = edge[0], edge[1]
        assert first_node <= a <= last_node and first_node <= b <= last_node, \
            f"{what}[{index}] = {edge}: nodes must be in {first_node}..{last_node}"
        assert a != b, f"{what}[{index}] = {edge} is a self-loop"
        assert not ordered or a < b, f"{what}[{index}] = {edge}: each edge is written [a, b] with a < b"
        key = (a, b) if directed else (min(a, b), max(a, b))
        assert allow_duplicates or key not in seen, f"{what}[{index}] = {edge} repeats an edge"
        seen.add(key)


def grid(rng: random.Random, rows: int, cols: int, cells, weights=None) -> list[list]:
    """A rows x cols grid of values drawn from `cells` (e.g. "01" or ["X", "O"]), with optional weights."""
    cells = list(cells)
    return [rng.choices(cells, weights=weights, k=cols) for _ in range(rows)]


def snake_grid(rows: int, cols: int, wall, path) -> list[list]:
    """A grid whose open cells form one winding corridor (the longest path a search can take)."""
    out = [[wall] * cols for _ in range(rows)]
    for r in range(rows):
        if r % 2 == 0:
            out[r] = [path] * cols
        else:
            out[r][cols - 1 if r % 4 == 1 else 0] = path
    return out


def check_matrix(matrix, rows: Bound, cols: Bound, values: Bound | None = None, what: str = "matrix",
                 cells=None) -> None:
    """AssertionError naming the first thing wrong: not a list of rows, m or n outside its bound, a row of
    another length than the first, or a value outside `values` (a Bound) or other than the `cells` listed
    (e.g. "01" or [0, 1, 2]; a cell must match one in type too, so True is not 1)."""
    assert isinstance(matrix, list) and all(isinstance(row, list) for row in matrix), f"{what} must be a list of rows"
    rows.check(len(matrix), f"m = len({what})")
    if not matrix:
        return
    cols.check(len(matrix[0]), f"n = len({what}[0])")
    allowed = None if cells is None else [(type(cell), cell) for cell in cells]
    for r, row in enumerate(matrix):
        assert len(row) == len(matrix[0]), \
            f"{what}[{r}] has {len(row)} values, {what}[0] has {len(matrix[0])}: the {what} must be rectangular"
        if values is not None:
            values.check_all(row, f"{what}[{r}]")
        if allowed is not None:
            for c, cell in enumerate(row):
                assert (type(cell), cell) in allowed, \
                    f"{what}[{r}][{c}] = {cell!r}, the cells are {', '.join(map(repr, cells))}"


def matrix_strategy(values: st.SearchStrategy, max_rows: int = 5, max_cols: int = 5, min_rows: int = 1,
                    min_cols: int = 1):
    """Hypothesis rectangular matrices of small size, each value drawn from `values`."""
    return st.integers(min_rows, max_rows).flatmap(
        lambda rows: st.integers(min_cols, max_cols).flatmap(
            lambda cols: st.lists(st.lists(values, min_size=cols, max_size=cols), min_size=rows, max_size=rows)))


def grid_strategy(cells, max_rows: int = 5, max_cols: int = 5, min_rows: int = 1, min_cols: int = 1):
    """Hypothesis rectangular grids of small size over `cells`."""
    return matrix_strategy(st.sampled_from(list(cells)), max_rows, max_cols, min_rows, min_cols)


@st.composite
def _edge_lists(draw, max_nodes, max_edges, directed, acyclic, min_nodes):
    n = draw(st.integers(min_nodes, max_nodes))
    if n < 2:
        return n, []
    pairs = [(a, b) for a in range(n) for b in range(n) if a != b and (directed or a < b)]
    if acyclic:
        order = draw(st.permutations(list(range(n))))
        rank = {node: i for i, node in enumerate(order)}
        pairs = [(a, b) for a, b in pairs if rank[a] < rank[b]]
    chosen = draw(st.lists(st.sampled_from(pairs), max_size=max_edges, unique=True))
    return n, [list(pair) for pair in chosen]


def edges_strategy(max_nodes: int = 6, max_edges: int = 10, directed: bool = True, acyclic: bool = False,
                   min_nodes: int = 1):
    """Hypothesis (n, edges) pairs: small graphs, directed or not, optionally acyclic."""
    return _edge_lists(max_nodes, max_edges, directed, acyclic, min_nodes)
