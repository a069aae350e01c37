"""Trees of up to 3,000 nodes, given as their two traversals.

The largest cases include 3,000-node paths (left, right and zigzag), which make a
solution that scans inorder for every root O(n^2) and recursion 3,000 levels deep,
and a complete tree, where the subtrees are as even as they get.
"""

import random

from hypothesis import strategies as st

MAX_N, LOW, HIGH = 3000, -3000, 3000
SIZE = "n, the number of nodes"


# A shape is a pair of lists (left, right): the children of node i, -1 for none. Node 0 is the root.

def traversals(values, left, right):
    """The (preorder, inorder) lists of a shape whose node i holds values[i], without recursion."""
    preorder, stack = [], [0]
    while stack:
        node = stack.pop()
        preorder.append(values[node])
        if right[node] >= 0:
            stack.append(right[node])
        if left[node] >= 0:
            stack.append(left[node])
    inorder, stack, node = [], [], 0
    while stack or node >= 0:
        while node >= 0:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        inorder.append(values[node])
        node = right[node]
    return {"preorder": preorder, "inorder": inorder}


def random_shape(rng, n):
    """Each new node takes an open child slot picked uniformly (shallow, bushy trees)."""
    left, right, slots = [-1] * n, [-1] * n, [(0, 0), (0, 1)]
    for node in range(1, n):
        index = rng.randrange(len(slots))
        parent, side = slots[index]
        slots[index] = slots[-1]
        slots.pop()
        (left if side == 0 else right)[parent] = node
        slots += [(node, 0), (node, 1)]
    return left, right


def path_shape(n, sides):
    """Node i + 1 is the child of node i on side sides(i): 0 left, 1 right."""
    left, right = [-1] * n, [-1] * n
    for node in range(n - 1):
        (left if sides(node) == 0 else right)[node] = node + 1
    return left, right


def deep_random_shape(rng, n):
    """A random walk down with a one-node branch on the other side now and then: depth in the thousands."""
    left, right = [-1] * n, [-1] * n
    spine, node = 0, 1
    while node < n:
        side = rng.randrange(2)
        (left if side == 0 else right)[spine] = node
        leaf = node + 1 < n and rng.random() < 0.2
        if leaf:
            (right if side == 0 else left)[spine] = node + 1
        spine, node = node, node + (2 if leaf else 1)
    return left, right


def complete_shape(n):
    return [2 * i + 1 if 2 * i + 1 < n else -1 for i in range(n)], [2 * i + 2 if 2 * i + 2 < n else -1 for i in range(n)]


def random_values(rng, n):
    return rng.sample(range(LOW, HIGH + 1), n)


def _case(rng, shape, values=None):
    left, right = shape
    return traversals(values if values is not None else random_values(rng, len(left)), left, right)


def hidden_cases():
    rng = random.Random(105)
    cases = [(f"random, {n} nodes", _case(rng, random_shape(rng, n))) for n in (3, 8, 20, 60, 250, 1000)]
    n = MAX_N
    cases += [
        ("largest, random", _case(rng, random_shape(rng, n))),
        ("largest, random, second seed", _case(rng, random_shape(rng, n))),
        ("largest, complete", _case(rng, complete_shape(n))),
        ("largest, left path", _case(rng, path_shape(n, lambda i: 0))),
        ("largest, right path", _case(rng, path_shape(n, lambda i: 1))),
        ("largest, zigzag path", _case(rng, path_shape(n, lambda i: i % 2))),
        ("largest, random path", _case(rng, path_shape(n, lambda i: rng.randrange(2)))),
        ("largest, deep with side branches", _case(rng, deep_random_shape(rng, n))),
        ("largest, search tree from a random order", _case(rng, _search_tree_shape(rng, n))),
        ("largest, left path, values counting down", _case(rng, path_shape(n, lambda i: 0),
                                                          list(range(HIGH, HIGH - n, -1)))),
        ("largest, all of the extreme values", _case(rng, random_shape(rng, n),
                                                     rng.sample(list(range(LOW, LOW + n // 2)) +
                                                                list(range(HIGH - n // 2 + 1, HIGH + 1)), n))),
    ]
    return cases


def _search_tree_shape(rng, n):
    """Shape of a binary search tree built by inserting 0..n-1 in random order; node i holds key order[i]."""
    order = list(range(n))
    rng.shuffle(order)
    left, right = [-1] * n, [-1] * n
    for node in range(1, n):
        at = 0
        while True:
            children = left if order[node] < order[at] else right
            if children[at] < 0:
                children[at] = node
                break
            at = children[at]
    return left, right


def input_of_size(n, rng):
    return _case(rng, random_shape(rng, n))


def validate(case):
    preorder, inorder = case["preorder"], case["inorder"]
    assert isinstance(preorder, list) and isinstance(inorder, list), "preorder and inorder must be lists"
    n = len(preorder)
    assert 1 <= n <= MAX_N, f"{n} nodes, need 1 <= n <= {MAX_N}"
    assert len(inorder) == n, "preorder and inorder differ in length"
    assert all(isinstance(v, int) and LOW <= v <= HIGH for v in preorder), "a value is outside [-3000, 3000]"
    assert len(set(preorder)) == n, "values repeat"
    assert set(inorder) == set(preorder), "inorder and preorder hold different values"
    # Rebuild a shape with the stack method, then check it has exactly these traversals.
    position = {value: i for i, value in enumerate(inorder)}
    left, right = [-1] * n, [-1] * n
    tasks, next_root = [(-1, 0, 0, n - 1)], 0
    while tasks:
        parent, side, lo, hi = tasks.pop()
        if lo > hi:
            continue
        node, next_root = next_root, next_root + 1
        if parent >= 0:
            (left if side == 0 else right)[parent] = node
        mid = position[preorder[node]]
        assert lo <= mid <= hi, "preorder and inorder are not traversals of one tree"
        tasks += [(node, 1, mid + 1, hi), (node, 0, lo, mid - 1)]
    assert traversals(preorder, left, right) == case, "preorder and inorder are not traversals of one tree"


@st.composite
def _trees(draw):
    n = draw(st.integers(1, 11))
    values = draw(st.lists(st.integers(-20, 20), min_size=n, max_size=n, unique=True))
    left, right, slots = [-1] * n, [-1] * n, [(0, 0), (0, 1)]
    for node in range(1, n):
        parent, side = slots.pop(draw(st.integers(0, len(slots) - 1)))
        (left if side == 0 else right)[parent] = node
        slots += [(node, 0), (node, 1)]
    return traversals(values, left, right)


def strategy():
    return _trees()
