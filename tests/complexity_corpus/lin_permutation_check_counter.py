# complexity: O(n)
# space: O(n)
# kind: builtin-heavy
# pair: permutation-check
from collections import Counter

SIZE = "len(a)"


def input_of_size(n, rng):
    a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    b = list(a)
    rng.shuffle(b)
    return {"a": a, "b": b}


def solve(a, b):
    return Counter(a) == Counter(b)
