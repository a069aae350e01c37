"""Pairs of trees up to 100 nodes: identical ones, and ones that differ in a single deep value, a single missing
leaf, a child on the other side (same level-order values), or a rotation (same in-order values)."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import count_nodes, level_order, parse

NODES = Bound("number of nodes", 0, 100)
VALUE = Bound("Node.val", -10**4, 10**4)
SIZE = "number of nodes in each tree"


def _random(rng, n, shape="random"):
    return trees.tree(rng, n, VALUE.sample(rng, n), shape)


def _deepest(children):
    """The last node reached breadth-first: one of the deepest."""
    order, index = [0], 0
    while index < len(order):
        order += [child for child in children[order[index]] if child >= 0]
        index += 1
    return order[-1]


def _value_changed(root):
    values, children = parse(root)
    node = _deepest(children)
    values[node] = values[node] + 1 if values[node] < VALUE.max else values[node] - 1
    return level_order(values, children)


def _leaf_moved(root):
    """The deepest node hangs on its parent's other side (if that side is free): level values unchanged."""
    values, children = parse(root)
    node = _deepest(children)
    for parent, (left, right) in children.items():
        if node in (left, right) and -1 in (left, right):
            children[parent] = [right, left]
            break
    return level_order(values, children)


def _leaf_removed(root):
    values, children = parse(root)
    node = _deepest(children)
    for pair in children.values():
        if node in pair:
            pair[pair.index(node)] = -1
    del children[node]
    kept = sorted(children)
    renumber = {old: new for new, old in enumerate(kept)}
    renumber[-1] = -1
    return level_order([values[old] for old in kept],
                       {renumber[old]: [renumber[c] for c in children[old]] for old in kept})


def _rotated(root):
    """The root's left child becomes the root (a right rotation): the in-order values stay the same."""
    values, children = parse(root)
    pivot = children[0][0]
    children[0][0] = children[pivot][1]
    children[pivot][1] = 0
    order = {pivot: 0, 0: pivot}
    swap = {i: order.get(i, i) for i in children}
    swap[-1] = -1
    return level_order([values[swap[i]] for i in range(len(values))],
                       {swap[i]: [swap[c] for c in children[i]] for i in children})


def hidden_cases():
    rng = random.Random(100)
    n = NODES.max
    cases = []
    for shape in trees.SHAPES:
        tree = _random(rng, n, shape)
        cases.append((f"largest, {shape}, identical", {"p": tree, "q": list(tree)}))
    tree = _random(rng, n)
    cases += [
        ("largest random, one deep value differs", {"p": tree, "q": _value_changed(tree)}),
        ("largest random, a deepest leaf on the other side", {"p": tree, "q": _leaf_moved(tree)}),
        ("largest random, a deepest leaf missing", {"p": tree, "q": _leaf_removed(tree)}),
        ("largest left chain against a right chain, same values",
         {"p": trees.tree(rng, n, [7] * n, "left_chain"), "q": trees.tree(rng, n, [7] * n, "right_chain")}),
        ("largest complete, one deep value differs", {"p": (t := _random(rng, n, "complete")), "q": _value_changed(t)}),
        ("random BST and its rotation", {"p": (b := trees.bst(rng, VALUE.distinct(rng, 60), "complete")),
                                         "q": _rotated(b)}),
        ("largest, empty against a full tree", {"p": [], "q": _random(rng, n)}),
        ("two different random trees", {"p": _random(rng, 30), "q": _random(rng, 30)}),
    ]
    return cases


@st.composite
def _pairs(draw):
    p = draw(trees.strategy(max_nodes=8, values=st.integers(-2, 2)))
    if draw(st.booleans()):
        return {"p": p, "q": list(p)}
    return {"p": p, "q": draw(trees.strategy(max_nodes=8, values=st.integers(-2, 2)))}


def strategy():
    return _pairs()


def validate(case):
    for name in ("p", "q"):
        NODES.check(count_nodes(case[name]), f"the number of nodes in {name}")
        VALUE.check_all([value for value in case[name] if value is not None], f"{name}'s values")


def input_of_size(n, rng):
    tree = _random(rng, max(NODES.min, min(n, NODES.max)))
    return {"p": tree, "q": list(tree)}
