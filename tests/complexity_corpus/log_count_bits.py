# complexity: O(log n)
# space: O(1)
# kind: pure-python
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    ones = 0
    while n:
        ones += n & 1
        n >>= 1
    return ones
