"""Trees up to 10^5 nodes: rising chains (every node good, the deepest paths), falling chains, equal values,
negative values only, random shapes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

N = Bound("number of nodes", 1, 10**5)
V = Bound("node value", -10**4, 10**4)
SIZE = "number of nodes"


def _tree(rng, n, shape, values):
    return trees.tree(rng, n, values, shape)


def _rising(n):
    """Values that never fall along a chain: node i holds -10^4 + i * 2 * 10^4 // n."""
    return [V.low + i * (V.high - V.low) // n for i in range(n)]


def hidden_cases():
    rng = random.Random(1448)
    big = N.max
    cases = [
        ("one node", {"root": [-10000]}),
        ("equal to the largest above", {"root": [5, 5, 5]}),
        ("parent smaller, grandparent larger", {"root": [9, 1, None, 4]}),
        ("negative values only", {"root": [-1, -2, -1, -3, None, 0]}),
        ("largest, left chain rising", {"root": _tree(rng, big, "left_chain", _rising(big))}),
        ("largest, right chain rising", {"root": _tree(rng, big, "right_chain", _rising(big))}),
        ("largest, zigzag rising", {"root": _tree(rng, big, "zigzag", _rising(big))}),
        ("largest, left chain falling", {"root": _tree(rng, big, "left_chain", _rising(big)[::-1])}),
        ("largest, chain of one value", {"root": _tree(rng, big, "left_chain", [7] * big)}),
        ("largest, two chains, random values", {"root": _tree(rng, big, "two_chains", V.sample(rng, big))}),
        ("largest, random shape, random values", {"root": _tree(rng, big, "random", V.sample(rng, big))}),
        ("largest, complete, negative values", {"root": _tree(rng, big, "complete",
                                                              [rng.randint(V.low, -1) for _ in range(big)])}),
        ("largest, random shape, values -1, 0, 1", {"root": _tree(rng, big, "random",
                                                                  [rng.randint(-1, 1) for _ in range(big)])}),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        n = r.randint(1, big)
        cases.append((f"random {seed}", {"root": _tree(r, n, r.choice(trees.SHAPES), V.sample(r, n))}))
    return cases


def strategy():
    values = st.one_of(st.integers(-4, 4), st.sampled_from([V.low, V.high]))
    return trees.strategy(max_nodes=11, values=values, min_nodes=1).map(lambda root: {"root": root})


def validate(case):
    root = case["root"]
    N.check(trees.count_nodes(root))
    V.check_all([v for v in root if v is not None])


def input_of_size(n, rng):
    n = N.clamp(n)
    return {"root": _tree(rng, n, "random", V.sample(rng, n))}
