"""10^5 triplets: answers false with every value present but spoiled (no early exit), true with the hits last."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(triplets)", 1, 10**5)
V = Bound("triplets[i][j]", 1, 1000)
SIZE = "len(triplets)"


def _below(rng, target):
    """A harmless triplet that hits no target value."""
    return [rng.randint(1, goal - 1) if goal > 1 else 1 for goal in target]


def _spoiled(rng, target, j):
    """Hits target[j] but exceeds the target at one other position."""
    t = _below(rng, target)
    t[j] = target[j]
    other = rng.choice([k for k in range(3) if k != j and target[k] < 1000] or [j])
    if other == j:  # the target is 1000 everywhere else: nothing can exceed it there
        return _below(rng, target)
    t[other] = rng.randint(target[other] + 1, 1000)
    return t


def _hit(rng, target, j):
    t = _below(rng, target)
    t[j] = target[j]
    return t


def _case(rng, n, target, spoiled, hits):
    triplets = [_below(rng, target) for _ in range(n - spoiled - len(hits))]
    triplets += [_spoiled(rng, target, rng.randrange(3)) for _ in range(spoiled)]
    rng.shuffle(triplets)
    return {"triplets": triplets + [_hit(rng, target, j) for j in hits], "target": target}


def hidden_cases():
    rng = random.Random(1899)
    cases = [
        ("largest, false, every value spoiled", _case(rng, N.max, [500, 600, 700], 3000, [])),
        ("largest, false, two of three hit", _case(rng, N.max, [900, 900, 900], 3000, [0, 1])),
        ("largest, true, hits at the very end", _case(rng, N.max, [1000, 999, 998], 3000, [0, 1, 2])),
        ("largest, false, all below target", _case(rng, N.max, [1000, 1000, 1000], 0, [])),
        ("largest, true, one triplet hits all", _case(rng, N.max, [321, 654, 987], 5000, [])),
        ("largest, random values", {"triplets": [V.sample(rng, 3) for _ in range(N.max)], "target": [1000, 1, 500]}),
    ]
    cases[4][1]["triplets"][rng.randrange(N.max)] = [321, 654, 987]
    for i in range(6):
        target = V.sample(rng, 3)
        target = [max(2, t) for t in target]
        cases.append((f"random {i}", _case(rng, rng.randint(5, 200), target, rng.randint(0, 4),
                                           rng.sample(range(3), rng.randint(1, 3)))))
    return cases


def strategy():
    small = st.lists(st.integers(1, 4), min_size=3, max_size=3)
    return st.fixed_dictionaries({"triplets": st.lists(small, min_size=1, max_size=8), "target": small})


def validate(case):
    triplets, target = case["triplets"], case["target"]
    N.check(len(triplets))
    assert isinstance(target, list) and len(target) == 3, "target must hold 3 values"
    Bound("target[j]", 1, 1000).check_all(target)
    for i, triplet in enumerate(triplets):
        assert isinstance(triplet, list) and len(triplet) == 3, f"triplets[{i}] must hold 3 values"
        V.check_all(triplet, f"triplets[{i}]")


def input_of_size(n, rng):
    return _case(rng, N.clamp(max(n, 3)), [600, 600, 600], 0, [0, 1, 2])
