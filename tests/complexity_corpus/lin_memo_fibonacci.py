# complexity: O(n)
# space: O(1)
# kind: pure-python
# pair: fibonacci
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    previous, current = 0, 1
    for _ in range(n):
        previous, current = current, (previous + current) % 1_000_000_007
    return previous
