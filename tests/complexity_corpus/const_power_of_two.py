# complexity: O(1)
# space: O(1)
# kind: pure-python
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n + rng.randint(0, 1)}


def solve(n):
    return n > 0 and n & (n - 1) == 0
