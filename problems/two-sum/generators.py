"""Large hidden cases: an O(n^2) pair scan cannot finish them in time."""

import random


def _case(n, seed):
    """Negative decoys (no two of them, nor a decoy and a pair member, reach the target), pair last."""
    rng = random.Random(seed)
    decoys = rng.sample(range(-10**9, 0), n - 2)
    return {"nums": decoys + [1, 10**9], "target": 10**9 + 1}


def hidden_cases():
    return [("largest, pair at the end", _case(100_000, 1)), ("large", _case(50_000, 2))]
