# complexity: O(n)
# space: O(n)
# kind: builtin-heavy
# A module-level cache: a second call in the same process would be nearly free, so each repeat must start fresh.
from functools import lru_cache

SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


@lru_cache(maxsize=None)
def fib(k):
    return k if k < 2 else (fib(k - 1) + fib(k - 2)) % 1_000_000_007


def solve(n):
    for k in range(0, n, 200):  # bottom-up, so the recursion stays shallow
        fib(k)
    return fib(n)
