# complexity: O(1)
# space: O(1)
# kind: pure-python
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    return n * (n + 1) // 2
