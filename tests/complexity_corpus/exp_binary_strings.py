# complexity: O(2^n)
# space: O(1)
# kind: pure-python
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    """Binary strings of length n with no two adjacent ones, by brute-force enumeration."""
    count = 0
    for mask in range(1 << n):
        if mask & (mask >> 1) == 0:
            count += 1
    return count
