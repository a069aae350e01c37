"""Binary trees as LeetCode writes them: level-order lists with None for missing children.

A shape is `children`: node index -> [left, right], -1 for none, node 0 the root.
Build one of the named shapes, put values on it, write it level by level:

    trees.tree(rng, 100, V.sample(rng, 100), shape="left_chain")
    trees.bst(rng, sorted_distinct_values, shape="random")   # in-order placement: a valid BST
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from judge.kit.bounds import Bound

SHAPES = ("random", "complete", "left_chain", "right_chain", "zigzag", "two_chains", "random_bst")
Children = dict[int, list[int]]


def level_order(values, children: Children) -> list:
    """LeetCode's list for nodes 0..n-1 holding `values`, shaped by `children`; trailing Nones dropped."""
    if not values:
        return []
    out, queue = [], deque([0])
    while queue:
        node = queue.popleft()
        if node < 0:
            out.append(None)
            continue
        out.append(values[node])
        queue.extend(children[node])
    while out and out[-1] is None:
        out.pop()
    return out


def parse(level: list) -> tuple[list, Children]:
    """The (values, children) of a level-order list: the inverse of level_order."""
    if not level:
        return [], {}
    values, children = [level[0]], {0: [-1, -1]}
    parents, index = deque([0]), 1
    while parents and index < len(level):
        parent = parents.popleft()
        for side in (0, 1):
            if index < len(level) and level[index] is not None:
                node = len(values)
                values.append(level[index])
                children[node] = [-1, -1]
                children[parent][side] = node
                parents.append(node)
            index += 1
    return values, children


def shape(name: str, n: int, rng: random.Random) -> Children:
    """The children of an n-node tree of the named shape (one of SHAPES)."""
    if name not in SHAPES:
        raise ValueError(f"unknown tree shape {name!r}; the shapes are {', '.join(SHAPES)}")
    children = {i: [-1, -1] for i in range(n)}
    if name == "complete":
        for i in range(n):
            children[i] = [2 * i + 1 if 2 * i + 1 < n else -1, 2 * i + 2 if 2 * i + 2 < n else -1]
    elif name in ("left_chain", "right_chain", "zigzag"):
        for i in range(n - 1):
            side = {"left_chain": 0, "right_chain": 1}.get(name, i % 2)
            children[i][side] = i + 1
    elif name == "two_chains":  # a root with a long left chain and a long right chain
        for i in range(1, n):
            parent = 0 if i <= 2 else i - 2
            children[parent][(i - 1) % 2] = i
    elif name == "random_bst":  # random insertion order into a BST over 0..n-1: depth ~ log n on average
        order = list(range(n))
        rng.shuffle(order)
        return _bst_children(order)
    else:
        hang(children, 0, n - 1, rng.randrange, 1)
    return children


def hang(children: Children, root: int, count: int, pick: Callable[[int], int], first_id: int) -> None:
    """Hang `count` new nodes, numbered from first_id, below `root`: each on one of the open child slots,
    the one at pick(number of open slots) (rng.randrange picks uniformly; a deep tree picks among the newest)."""
    slots = [(root, 0), (root, 1)]
    for node in range(first_id, first_id + count):
        index = pick(len(slots))
        parent, side = slots[index]
        slots[index] = slots[-1]
        slots.pop()
        children[parent][side] = node
        children[node] = [-1, -1]
        slots += [(node, 0), (node, 1)]


def _bst_children(order: list[int]) -> Children:
    """Insert keys in `order` into a BST; node i is key order[i], renumbered by insertion."""
    index_of = {}
    children: Children = {}
    for key in order:
        node = len(index_of)
        index_of[key] = node
        children[node] = [-1, -1]
        if node == 0:
            continue
        current = 0
        while True:
            side = 0 if key < order[current] else 1
            if children[current][side] < 0:
                children[current][side] = node
                break
            current = children[current][side]
    return children


def in_order(children: Children) -> list[int]:
    """Node indices in in-order (iterative: chains of 10^5 nodes are fine)."""
    if not children:
        return []
    out, stack, node = [], [], 0
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = children[node][0]
        node = stack.pop()
        out.append(node)
        node = children[node][1]
    return out


def tree(rng: random.Random, n: int, values: list, shape_name: str = "random") -> list:
    """A level-order list of `n` nodes of the named shape, node i holding values[i]."""
    if len(values) != n:
        raise ValueError(f"{n} nodes need {n} values, found {len(values)}")
    return level_order(values, shape(shape_name, n, rng))


def bst(rng: random.Random, values: list, shape_name: str = "random") -> list:
    """A binary search tree holding `values` (sorted in-order) in the named shape."""
    keys = sorted(values)
    children = shape(shape_name, len(keys), rng)
    placed = [None] * len(keys)
    for key, node in zip(keys, in_order(children)):
        placed[node] = key
    return level_order(placed, children)


def count_nodes(level) -> int:
    """Checks a level-order list is well formed (AssertionError saying how not) and counts its nodes."""
    assert isinstance(level, list), f"a tree must be a level-order list, found {type(level).__name__}"
    if not level:
        return 0
    assert level[0] is not None, "a non-empty tree needs a root value"
    assert level[-1] is not None, "trailing nulls are not written"
    open_slots, nodes = 2, 1
    for index, value in enumerate(level[1:], 1):
        assert open_slots > 0, f"entry {index} has no parent"
        open_slots -= 1
        if value is not None:
            nodes += 1
            open_slots += 2
    return nodes


def depth(level: list) -> int:
    """The number of nodes on the longest root-to-leaf path."""
    values, children = parse(level)
    best, stack = 0, [(0, 1)] if values else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        stack += [(child, d + 1) for child in children[node] if child >= 0]
    return best


def is_bst(level: list) -> bool:
    """Strictly increasing in-order values."""
    values, children = parse(level)
    keys = [values[node] for node in in_order(children)]
    return all(a < b for a, b in zip(keys, keys[1:]))


@st.composite
def _trees(draw, max_nodes: int, values: st.SearchStrategy, min_nodes: int):
    n = draw(st.integers(min_nodes, max_nodes))
    node_values = draw(st.lists(values, min_size=n, max_size=n))
    children, slots = {i: [-1, -1] for i in range(n)}, [(0, 0), (0, 1)]
    for node in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        children[parent][side] = node
        slots += [(node, 0), (node, 1)]
    return level_order(node_values, children)


def strategy(max_nodes: int = 11, values: st.SearchStrategy | None = None, min_nodes: int = 0):
    """Hypothesis level-order lists of any shape, small enough to shrink well."""
    return _trees(max_nodes, values if values is not None else st.integers(-5, 5), min_nodes)


@st.composite
def _bsts(draw, max_nodes: int, low: int, high: int, min_nodes: int):
    n = draw(st.integers(min_nodes, min(max_nodes, high - low + 1)))
    keys = draw(st.lists(st.integers(low, high), min_size=n, max_size=n, unique=True))
    order = draw(st.permutations(list(range(n))))
    children = _bst_children(order)
    placed = [None] * n
    for key, node in zip(sorted(keys), in_order(children)):
        placed[node] = key
    return level_order(placed, children)


def bst_strategy(max_nodes: int = 11, low: int = -20, high: int = 20, min_nodes: int = 0):
    """Hypothesis binary search trees with distinct keys in [low, high], of any shape."""
    return _bsts(max_nodes, low, high, min_nodes)


@dataclass(frozen=True)
class BinaryTrees:
    """One argument that is a binary tree (`root`, a level-order list), stated once by the bound on its
    number of nodes and the bound on each node's value."""

    nodes: Bound
    values: Bound
    name: str = "root"

    def case(self, level: list) -> dict:
        return {self.name: level}

    def random(self, rng: random.Random, n: int, shape_name: str = "random") -> dict:
        """A case of n nodes of the named shape, each holding a random value within the bound."""
        return self.case(tree(rng, n, self.values.sample(rng, n), shape_name))

    def every_shape(self, rng: random.Random) -> list[tuple[str, dict]]:
        """A case "largest, {shape}" at the most nodes allowed for each of SHAPES, in that order."""
        return [(f"largest, {name}", self.random(rng, self.nodes.max, name)) for name in SHAPES]

    def random_sizes(self, rng: random.Random, sizes) -> list[tuple[str, dict]]:
        """A case "random, {size} nodes" of random shape for each size, in that order."""
        return [(f"random, {size} nodes", self.random(rng, size)) for size in sizes]

    def strategy(self, small: int = 5, max_nodes: int = 11, **other_arguments) -> st.SearchStrategy[dict]:
        """Small trees of any shape (at least the fewest nodes allowed) with values in -small..small, so they tie;
        with the problem's other arguments drawn from the strategies named, as in targetSum=st.integers(-9, 9)."""
        levels = strategy(max_nodes=max_nodes, values=st.integers(-small, small), min_nodes=self.nodes.min)
        return st.fixed_dictionaries({self.name: levels, **other_arguments})

    def check(self, level) -> None:
        """AssertionError unless `level` is a well-formed level-order list within both bounds."""
        self.nodes.check(count_nodes(level))
        self.values.check_all([value for value in level if value is not None])

    def validate(self, case: dict) -> None:
        self.check(case[self.name])

    def input_of_size(self, n: int, rng: random.Random, shape_name: str = "random") -> dict:
        """A random tree of the named shape, as many nodes as `n` clamped into the bound."""
        return self.random(rng, self.nodes.clamp(n), shape_name)
