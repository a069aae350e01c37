# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# pair: climbing-stairs
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    if n <= 1:
        return 1
    return solve(n - 1) + solve(n - 2)
