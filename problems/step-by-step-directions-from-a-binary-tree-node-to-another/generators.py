"""Trees up to 10^5 nodes with values a permutation of 1..n. Chains are kept 5 * 10^4 deep at most:
the sandbox, like LeetCode's own tests in practice, lets recursion go a little under 10^5 deep, and
a full 10^5 chain would fail every recursive search on the harness's few extra frames. A start at
the bottom of a 5 * 10^4 chain makes searching below each ancestor quadratic."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

NODES = Bound("n == number of nodes", 2, 10**5)
SIZE = "number of nodes"
DEEPEST = 5 * 10**4


def _permuted(rng, children):
    values = list(range(1, len(children) + 1))
    rng.shuffle(values)
    return values


def _case(rng, children, start, dest):
    """start and dest are node indices; the case names their values."""
    values = _permuted(rng, children)
    return {"root": trees.level_order(values, children), "startValue": values[start], "destValue": values[dest]}


def _random(rng, n, shape="random"):
    children = trees.shape(shape, n, rng)
    start, dest = rng.sample(range(n), 2)
    return _case(rng, children, start, dest)


def _deepest(children):
    """The node index of greatest depth (iteratively)."""
    best, stack = (0, 0), [(0, 0)]
    while stack:
        node, depth = stack.pop()
        best = max(best, (depth, node))
        stack += [(child, depth + 1) for child in children[node] if child >= 0]
    return best[1]


def _chain_over_subtree(rng, n, chain):
    """A left chain of `chain` nodes whose bottom carries a random subtree; the root's right child leads
    to the rest. Start at the chain's bottom, destination deep on the root's right."""
    left = chain
    right = n - chain
    children = {i: [-1, -1] for i in range(n)}
    for i in range(left - 1):
        children[i][0] = i + 1
    sub = trees.shape("random", right, rng)
    for node, (a, b) in sub.items():
        children[left + node] = [left + a if a >= 0 else -1, left + b if b >= 0 else -1]
    children[0][1] = left
    dest = left + _deepest(sub)
    return _case(rng, children, left - 1, dest)


def hidden_cases():
    rng = random.Random(2096)
    n = NODES.max
    half = DEEPEST
    cases = [(f"random, {m} nodes", _random(rng, m)) for m in (3, 10, 100, 2000)]
    two_chains = trees.shape("two_chains", n, rng)
    bottoms = sorted(node for node in range(n) if two_chains[node] == [-1, -1])
    cases += [
        ("largest, random", _random(rng, n)),
        ("largest, complete", _random(rng, n, "complete")),
        ("largest, complete, leaf to leaf across the root", _case(rng, trees.shape("complete", n, rng),
                                                                 n - 1, n // 2)),
        ("largest, two chains, bottom to bottom", _case(rng, two_chains, bottoms[0], bottoms[1])),
        ("largest, two chains, bottom to the root", _case(rng, two_chains, bottoms[1], 0)),
        ("half, left chain, root to bottom", _case(rng, trees.shape("left_chain", half, rng), 0, half - 1)),
        ("half, right chain, bottom to the root's child", _case(rng, trees.shape("right_chain", half, rng), half - 1, 1)),
        ("half, zigzag, bottom to the middle", _case(rng, trees.shape("zigzag", half, rng), half - 1, half // 2)),
        ("largest, deep chain over a subtree, start at the chain's bottom", _chain_over_subtree(rng, n, half)),
        ("largest, random BST shape", _random(rng, n, "random_bst")),
    ]
    return cases


@st.composite
def _cases(draw):
    level = draw(trees.strategy(max_nodes=11, values=st.just(0), min_nodes=2))
    n = trees.count_nodes(level)
    values = iter(draw(st.permutations(list(range(1, n + 1)))))
    root = [None if value is None else next(values) for value in level]
    start, dest = draw(st.lists(st.integers(1, n), min_size=2, max_size=2, unique=True))
    return {"root": root, "startValue": start, "destValue": dest}


def strategy():
    return _cases()


def validate(case):
    root = case["root"]
    n = trees.count_nodes(root)
    NODES.check(n)
    values = [value for value in root if value is not None]
    assert sorted(values) == list(range(1, n + 1)), "node values must be exactly 1..n, each once"
    Bound("startValue", 1, n).check(case["startValue"])
    Bound("destValue", 1, n).check(case["destValue"])
    assert case["startValue"] != case["destValue"], "startValue and destValue must differ"


def input_of_size(n, rng):
    return _random(rng, NODES.clamp(n))
