# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# pair: fibonacci
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    if n < 2:
        return n
    return solve(n - 1) + solve(n - 2)
