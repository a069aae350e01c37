"""Random trees of up to 100 nodes, and shapes where the visible node hides in a left subtree."""

import random
from collections import deque

from hypothesis import strategies as st

MAX_NODES, LOW, HIGH = 100, -100, 100
SIZE = "number of nodes"


def level_order(values, children):
    """LeetCode's list for a tree given as node values and {node: [left, right]} (-1 for none)."""
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


def random_tree(rng, n):
    """n nodes, each attached at an open child slot picked uniformly."""
    if n == 0:
        return []
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    children, slots = {0: [-1, -1]}, [(0, 0), (0, 1)]
    for node in range(1, n):
        index = rng.randrange(len(slots))
        parent, side = slots[index]
        slots[index] = slots[-1]
        slots.pop()
        children[parent][side] = node
        children[node] = [-1, -1]
        slots += [(node, 0), (node, 1)]
    return level_order(values, children)


def _deep_left(rng, n):
    """A short right branch and a long left branch under the root."""
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    children = {i: [-1, -1] for i in range(n)}
    children[0] = [2, 1]
    for i in range(2, n - 1):
        children[i][rng.randrange(2)] = i + 1
    return level_order(values, children)


def hidden_cases():
    rng = random.Random(199)
    cases = [(f"random, {n} nodes", {"root": random_tree(rng, n)}) for n in (2, 5, 9, 20, 40, 70)]
    cases += [
        ("largest random", {"root": random_tree(rng, MAX_NODES)}),
        ("largest, complete", {"root": [rng.randint(LOW, HIGH) for _ in range(MAX_NODES)]}),
        ("largest, deep left branch", {"root": _deep_left(rng, MAX_NODES)}),
        ("largest, left spine", {"root": level_order(list(range(MAX_NODES)),
                                                     {i: [i + 1 if i + 1 < MAX_NODES else -1, -1]
                                                      for i in range(MAX_NODES)})}),
        ("largest, zigzag", {"root": level_order([rng.randint(LOW, HIGH) for _ in range(MAX_NODES)],
                                                 {i: ([i + 1, -1] if i % 2 else [-1, i + 1]) if i + 1 < MAX_NODES
                                                  else [-1, -1] for i in range(MAX_NODES)})}),
    ]
    return cases


def input_of_size(n, rng):
    return {"root": random_tree(rng, n)}


def count_nodes(root):
    """Checks the shape of a level-order list and returns its number of nodes."""
    assert isinstance(root, list), "root must be a level-order list"
    if not root:
        return 0
    assert root[0] is not None, "a non-empty tree needs a root value"
    assert root[-1] is not None, "trailing nulls are not written"
    open_slots, nodes = 2, 1
    for index, value in enumerate(root[1:], 1):
        assert open_slots > 0, f"entry {index} has no parent"
        open_slots -= 1
        if value is not None:
            nodes += 1
            open_slots += 2
    return nodes


def validate(case):
    nodes = count_nodes(case["root"])
    assert nodes <= MAX_NODES, f"{nodes} nodes, at most {MAX_NODES}"
    for value in case["root"]:
        assert value is None or (isinstance(value, int) and LOW <= value <= HIGH), f"value {value} out of range"


@st.composite
def _trees(draw):
    n = draw(st.integers(0, 11))
    values = draw(st.lists(st.integers(-5, 5), min_size=n, max_size=n))
    children, slots = {0: [-1, -1]}, [(0, 0), (0, 1)]
    for node in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        children[parent][side] = node
        children[node] = [-1, -1]
        slots += [(node, 0), (node, 1)]
    return {"root": level_order(values, children)}


def strategy():
    return _trees()
