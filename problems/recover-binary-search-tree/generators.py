"""Binary search trees up to 1000 nodes with two values swapped: neighbours in order (one drop),
far apart (two drops), the root involved, both at the very end of the order (the pair a brute
force trying every swap reaches last), chains, extremes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

NODES = Bound("number of nodes", 2, 1000)
VALUE = Bound("node value", -2**31, 2**31 - 1)
SIZE = "number of nodes"


def _swapped(level, i, j):
    """The level-order tree with the values at in-order positions i and j exchanged."""
    values, children = trees.parse(level)
    order = trees.in_order(children)
    a, b = order[i], order[j]
    values[a], values[b] = values[b], values[a]
    return {"root": trees.level_order(values, children)}


def _case(rng, n, shape, pick, extremes=False):
    keys = VALUE.distinct(rng, n)
    if extremes:
        keys[:2] = [VALUE.min, VALUE.max] if VALUE.min not in keys[2:] and VALUE.max not in keys[2:] else keys[:2]
    level = trees.bst(rng, keys, shape)
    i, j = pick(n)
    return _swapped(level, i, j)


def _root_position(rng, n, shape):
    """A swap that involves the root's in-order position."""
    keys = VALUE.distinct(rng, n)
    level = trees.bst(rng, keys, shape)
    values, children = trees.parse(level)
    root_at = trees.in_order(children).index(0)
    other = rng.choice([k for k in range(n) if k != root_at])
    return _swapped(level, min(root_at, other), max(root_at, other))


def hidden_cases():
    rng = random.Random(99)
    n = NODES.max
    far = lambda m: tuple(sorted(rng.sample(range(m), 2)))  # noqa: E731
    near = lambda m: (lambda i: (i, i + 1))(rng.randrange(m - 1))  # noqa: E731
    last_two = lambda m: (m - 2, m - 1)  # noqa: E731
    ends = lambda m: (0, m - 1)  # noqa: E731
    cases = [(f"random, {m} nodes, far apart", _case(rng, m, "random_bst", far)) for m in (3, 10, 60)]
    cases += [(f"random, {m} nodes, neighbours", _case(rng, m, "random_bst", near)) for m in (3, 10, 60)]
    cases += [
        ("root involved, 200 nodes", _root_position(rng, 200, "random_bst")),
        ("largest, random shape, far apart", _case(rng, n, "random", far)),
        ("largest, random shape, neighbours", _case(rng, n, "random", near)),
        ("largest, complete, far apart, extremes", _case(rng, n, "complete", far, extremes=True)),
        ("largest, complete, the two smallest", _case(rng, n, "complete", lambda m: (0, 1), extremes=True)),
        ("largest, random BST, the two largest", _case(rng, n, "random_bst", last_two)),
        ("largest, random BST, smallest and largest", _case(rng, n, "random_bst", ends, extremes=True)),
        ("largest, right chain, the two largest", _case(rng, n, "right_chain", last_two)),
        ("largest, left chain, far apart", _case(rng, n, "left_chain", far)),
        ("largest, zigzag, neighbours", _case(rng, n, "zigzag", near)),
        ("largest, root involved", _root_position(rng, n, "random_bst")),
    ]
    return cases


@st.composite
def _cases(draw):
    level = draw(trees.bst_strategy(max_nodes=11, low=-20, high=20, min_nodes=2))
    n = trees.count_nodes(level)
    i, j = sorted(draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True)))
    return _swapped(level, i, j)


def strategy():
    return _cases()


def validate(case):
    root = case["root"]
    NODES.check(trees.count_nodes(root))
    values, children = trees.parse(root)
    VALUE.check_all(values, "node value")
    assert len(set(values)) == len(values), "node values must be distinct"
    keys = [values[node] for node in trees.in_order(children)]
    wrong = [k for k, (want, got) in enumerate(zip(sorted(keys), keys)) if want != got]
    assert len(wrong) == 2, f"exactly two values must be out of place in the in-order walk, found {len(wrong)}"


def input_of_size(n, rng):
    return _case(rng, NODES.clamp(n), "random_bst", lambda m: tuple(sorted(rng.sample(range(m), 2))))
