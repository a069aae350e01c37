# complexity: O(log n)
# space: O(1)
# kind: pure-python
SIZE = "n (the exponent)"


def input_of_size(n, rng):
    return {"n": n}


def solve(n):
    base, result, modulus = 3, 1, 1_000_000_007
    while n:
        if n & 1:
            result = result * base % modulus
        base = base * base % modulus
        n >>= 1
    return result
