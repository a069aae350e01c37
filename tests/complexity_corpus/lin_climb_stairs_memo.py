# complexity: O(n)
# space: O(n)
# kind: pure-python
# pair: climbing-stairs
from functools import cache

SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    @cache
    def ways(step):
        if step <= 1:
            return 1
        return (ways(step - 1) + ways(step - 2)) % 1_000_000_007

    for step in range(0, n, 500):  # warm the cache bottom-up: recursion depth stays small
        ways(step)
    return ways(n)
