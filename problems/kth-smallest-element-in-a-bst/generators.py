"""BSTs up to 10^4 nodes: chains either way, zigzags, complete and random shapes; k first, last and between."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

N = Bound("number of nodes", 1, 10**4)
V = Bound("node value", 0, 10**4)
SIZE = "number of nodes (k = n / 2)"


def _bst(rng, n, shape):
    return trees.bst(rng, V.distinct(rng, n), shape)


def hidden_cases():
    rng = random.Random(230)
    big = N.max
    cases = [
        ("one node", {"root": [0], "k": 1}),
        ("root is the answer", {"root": [2, 1, 3], "k": 2}),
        ("left child", {"root": [10000, 0], "k": 1}),
        ("right child, k last", {"root": [0, None, 10000], "k": 2}),
    ]
    for shape in ("random_bst", "left_chain", "right_chain", "zigzag", "complete", "random"):
        root = _bst(rng, big, shape)
        for k in (1, big // 2 + 1, big):
            cases.append((f"largest, {shape}, k = {k}", {"root": root, "k": k}))
    for seed in range(1, 5):
        r = random.Random(seed)
        n = r.randint(1, big)
        cases.append((f"random {seed}", {"root": _bst(r, n, r.choice(trees.SHAPES)), "k": r.randint(1, n)}))
    return cases


@st.composite
def _inputs(draw):
    root = draw(trees.bst_strategy(max_nodes=11, low=0, high=30, min_nodes=1))
    return {"root": root, "k": draw(st.integers(1, trees.count_nodes(root)))}


def strategy():
    return _inputs()


def validate(case):
    root, k = case["root"], case["k"]
    n = trees.count_nodes(root)
    N.check(n)
    V.check_all([v for v in root if v is not None])
    assert trees.is_bst(root), "the tree is not a binary search tree with distinct values"
    Bound("k", 1, n).check(k)


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"root": _bst(rng, n, "random_bst"), "k": n // 2 + 1}
