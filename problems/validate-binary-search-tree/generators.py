"""Valid and almost-valid trees up to 10^4 nodes; tall chains defeat the quadratic check."""

import random

from hypothesis import strategies as st

from judge.kit.trees import count_nodes, hang, in_order, level_order

MAX_NODES, LOW, HIGH = 10**4, -2**31, 2**31 - 1
SIZE = "number of nodes"


def random_shape(pick, n):
    """{node: [left, right]} for n nodes, each hung on an open slot chosen by pick(count)."""
    children = {0: [-1, -1]}
    hang(children, 0, n - 1, pick, 1)
    return children


def chain(n, sides):
    """A path of n nodes; node i's child is on side sides(i) (0 left, 1 right)."""
    children = {i: [-1, -1] for i in range(n)}
    for i in range(n - 1):
        children[i][sides(i)] = i + 1
    return children


def as_bst(children, sorted_values):
    """Values placed so the in-order walk reads `sorted_values`: a valid BST when they are distinct."""
    values = [0] * len(children)
    for node, value in zip(in_order(children), sorted_values):
        values[node] = value
    return values


def distinct_sorted(rng, n, extremes=False):
    values = set(rng.sample(range(-10**9, 10**9), n))
    if extremes:
        values = set(list(values)[: n - 2]) | {LOW, HIGH}
    return sorted(values)


def _tree(rng, children, breakage=None, extremes=False):
    n = len(children)
    values = as_bst(children, distinct_sorted(rng, n, extremes))
    order = in_order(children)
    if breakage == "swap":
        i, j = rng.sample(range(n), 2)
        values[order[i]], values[order[j]] = values[order[j]], values[order[i]]
    elif breakage == "duplicate":
        i = rng.randrange(1, n)
        values[order[i]] = values[order[i - 1]]
    return {"root": level_order(values, children)}


def _deep_violation(rng, n):
    """A valid right spine whose last node gets a left child below the root's value:
    fine next to its parent, wrong for the root."""
    children = chain(n, lambda i: 1)
    values = as_bst(children, distinct_sorted(rng, n))
    children[n - 1] = [n, -1]
    children[n] = [-1, -1]
    values.append(values[0] - 1)
    return {"root": level_order(values, children)}


def hidden_cases():
    rng = random.Random(98)
    shape = lambda n: random_shape(rng.randrange, n)  # noqa: E731
    return [
        ("random valid, 10 nodes", _tree(rng, shape(10))),
        ("random valid, 50 nodes", _tree(rng, shape(50))),
        ("random, two values swapped", _tree(rng, shape(30), "swap")),
        ("random, one duplicate", _tree(rng, shape(30), "duplicate")),
        ("random valid, extremes", _tree(rng, shape(200), extremes=True)),
        ("random, swapped, 1000 nodes", _tree(rng, shape(1000), "swap")),
        ("largest random valid, extremes", _tree(rng, shape(MAX_NODES), extremes=True)),
        ("largest random, one duplicate", _tree(rng, shape(MAX_NODES), "duplicate")),
        ("largest random values", {"root": level_order([rng.randint(LOW, HIGH) for _ in range(MAX_NODES)],
                                                       shape(MAX_NODES))}),
        ("largest, deep violation of the root's bound", _deep_violation(rng, MAX_NODES - 1)),
        ("largest valid, right spine", _tree(rng, chain(MAX_NODES, lambda i: 1))),
        ("largest valid, left spine", _tree(rng, chain(MAX_NODES, lambda i: 0), extremes=True)),
        ("largest valid, zigzag", _tree(rng, chain(MAX_NODES, lambda i: i % 2))),
    ]


def input_of_size(n, rng):
    return _tree(rng, random_shape(rng.randrange, n))


def validate(case):
    nodes = count_nodes(case["root"])
    assert 1 <= nodes <= MAX_NODES, f"{nodes} nodes, expected 1..{MAX_NODES}"
    for value in case["root"]:
        assert value is None or (isinstance(value, int) and LOW <= value <= HIGH), f"value {value} out of range"


@st.composite
def _trees(draw):
    """Small valid BSTs, some broken by a swap, a duplicate or one arbitrary value."""
    n = draw(st.integers(1, 11))
    children = random_shape(lambda count: draw(st.integers(0, count - 1)), n)
    pool = st.one_of(st.integers(-6, 6), st.sampled_from([LOW, HIGH]))
    values = as_bst(children, sorted(draw(st.lists(pool, min_size=n, max_size=n, unique=True))))
    order = in_order(children)
    breakage = draw(st.sampled_from(["none", "none", "swap", "duplicate", "replace"]))
    if n > 1 and breakage == "swap":
        i, j = draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True))
        values[order[i]], values[order[j]] = values[order[j]], values[order[i]]
    elif n > 1 and breakage == "duplicate":
        i = draw(st.integers(1, n - 1))
        values[order[i]] = values[order[i - 1]]
    elif breakage == "replace":
        values[draw(st.integers(0, n - 1))] = draw(pool)
    return {"root": level_order(values, children)}


def strategy():
    return _trees()
