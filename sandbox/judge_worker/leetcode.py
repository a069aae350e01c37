"""LeetCode's environment, so a solution pasted from LeetCode runs unchanged.

LeetCode predefines TreeNode and ListNode and the names of the usual standard
modules (PRELUDE), and passes trees as level-order lists with None for gaps and
linked lists as plain lists. This module rebuilds those objects for the call and
flattens the answer again, reading any node class through its attributes.
"""

from collections import deque

# Answers are read after the submission ran, with references it cannot have rebound.
_getattr, _id, _len, _list, _set, _tuple, _type = getattr, id, len, list, set, tuple, type


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


# LeetCode calls these two classes Node, and defines the one its problem uses (kinds.py says which).
class GraphNode:
    """Clone-graph's Node: a value and a list of neighbours."""

    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

    def __repr__(self):
        return f"Node({self.val})"


class RandomNode:
    """Copy-list-with-random-pointer's Node: a list node with a second pointer to any node or None."""

    def __init__(self, x=0, next=None, random=None):
        self.val = int(x)
        self.next = next
        self.random = random

    def __repr__(self):
        return f"Node({self.val})"


GraphNode.__name__ = GraphNode.__qualname__ = "Node"
RandomNode.__name__ = RandomNode.__qualname__ = "Node"


# LeetCode's Python 3 globals, as dumped from its runner (problems/README.md gives the sources): every name these
# modules export, then the modules themselves, so `bisect.bisect_left` and `copy.deepcopy` work although
# the star imports bind `bisect` and `copy` to functions. Later star imports win a shared name, as there:
# `sub` is operator.sub, `pow` and `compile` are the builtins, `time` is datetime.time. One deliberate
# difference: collections comes after typing, so Counter, OrderedDict and ChainMap are the real classes.
STAR_IMPORTS = ("typing", "string", "re", "datetime", "heapq", "bisect", "copy", "math", "random", "statistics",
                "itertools", "functools", "operator", "io", "sys", "json", "collections", "builtins")
MODULES = ("array", "bisect", "collections", "copy", "datetime", "functools", "heapq", "io", "itertools", "json",
           "math", "operator", "os", "random", "re", "statistics", "string", "sys")
# Not in the standard library: predefined where the sandbox image has it (LeetCode has it).
OPTIONAL_STAR_IMPORTS = ("sortedcontainers",)


def _prelude():
    lines = [f"from {name} import *" for name in STAR_IMPORTS]
    lines.append("import " + ", ".join(MODULES))
    for name in OPTIONAL_STAR_IMPORTS:
        lines += ["try:", f"    from {name} import *", f"    import {name}", "except ImportError:", "    pass"]
    return "\n".join(lines) + "\n"


PRELUDE = _prelude()


def build_list(values):
    head = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def list_nodes(values, node_class=ListNode):
    """The nodes of a linked list of `values`, linked in order: the caller may link the tail on."""
    nodes = [node_class(value) for value in values or []]
    for node, following in zip(nodes, nodes[1:]):
        node.next = following
    return nodes


def build_graph(adjacency):
    """Clone-graph's input: node i + 1's neighbours are adjacency[i] (values 1..n); the node of value 1."""
    nodes = [GraphNode(index + 1) for index in range(len(adjacency or []))]
    for node, neighbours in zip(nodes, adjacency or []):
        node.neighbors = [nodes[value - 1] for value in neighbours]
    return nodes


def build_random_list(pairs):
    """Copy-list-with-random-pointer's input: [[val, random_index or None], ...]."""
    nodes = list_nodes([value for value, _ in pairs or []], RandomNode)
    for node, (_, index) in zip(nodes, pairs or []):
        node.random = None if index is None else nodes[index]
    return nodes


class NotANode(Exception):
    """The answer lacks an attribute a node is read through (the message says which)."""


_MISSING = object()


def node_attribute(node, name, kind, fields):
    """node.<name>, read like any attribute: the submission's own node classes are as good as ours.

    An attribute that raises is the submission's error and propagates; a missing one is NotANode.
    """
    value = _getattr(node, name, _MISSING)
    if value is _MISSING:
        raise NotANode(f"a {_type(node).__name__} without .{name} where a {kind} was expected "
                       f"(any object with {fields} will do)")
    return value


def flatten_list(head, limit):
    """The values along .next, for a ListNode of any class; at most `limit` nodes, no cycles."""
    values = []
    seen = _set()
    while head is not None:
        if _id(head) in seen or _len(values) >= limit:
            raise ValueError("the returned linked list has a cycle or is too long")
        seen.add(_id(head))
        values.append(node_attribute(head, "val", "ListNode", ".val and .next"))
        head = node_attribute(head, "next", "ListNode", ".val and .next")
    return values


def list_along(head, limit, kind, fields):
    """The nodes along .next from `head`, for any class; at most `limit` of them, no cycles."""
    nodes = []
    seen = _set()
    while head is not None:
        if _id(head) in seen or _len(nodes) >= limit:
            raise ValueError(f"the returned {kind} has a cycle or is too long")
        seen.add(_id(head))
        nodes.append(head)
        head = node_attribute(head, "next", kind, fields)
    return nodes


def graph_from(node, limit):
    """Every node reachable from `node` along .neighbors, in breadth-first order; at most `limit`."""
    if node is None:
        return []
    order, seen = [node], {_id(node)}
    for current in order:
        neighbours = node_attribute(current, "neighbors", "Node", ".val and .neighbors")
        if _type(neighbours) is not _list and _type(neighbours) is not _tuple:  # never iterate the submission's class
            raise NotANode(f"a Node whose .neighbors is a {_type(neighbours).__name__}, not a list")
        for neighbour in neighbours:
            if _id(neighbour) not in seen:
                if _len(order) >= limit:
                    raise ValueError("the returned graph is too large")
                seen.add(_id(neighbour))
                order.append(neighbour)
    return order


def build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    items = iter(values[1:])
    for parent in iter(lambda: queue.popleft() if queue else None, None):
        for side in ("left", "right"):
            try:
                value = next(items)
            except StopIteration:
                return root
            if value is not None:
                node = TreeNode(value)
                setattr(parent, side, node)
                queue.append(node)
    return root


def flatten_tree(root, limit):
    """Level-order with None for gaps, trailing Nones dropped, as LeetCode prints trees.

    Any class with .val, .left and .right is read; at most `limit` nodes, none twice.
    """
    if root is None:
        return []
    values, queue, seen = [], deque([root]), _set()
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        if _id(node) in seen or _len(seen) >= limit:
            raise ValueError("the returned tree has a cycle or is too large")
        seen.add(_id(node))
        values.append(node_attribute(node, "val", "TreeNode", ".val, .left and .right"))
        queue.append(node_attribute(node, "left", "TreeNode", ".val, .left and .right"))
        queue.append(node_attribute(node, "right", "TreeNode", ".val, .left and .right"))
    while values and values[-1] is None:
        values.pop()
    return values


def find_node(root, value):
    """The node holding `value`, for problems whose arguments are nodes of the input tree."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == value:
            return node
        stack.extend((node.left, node.right))
    return None
