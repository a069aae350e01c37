# complexity: O(log n)
# space: O(1)
# kind: pure-python
SIZE = "n"


def input_of_size(n, rng):
    return {"n": n * n + rng.randint(0, n)}


def solve(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
