# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# brute: recursion without memo
SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": "1" * n}  # every one and every pair decodes: the calls grow as Fibonacci


def solve(s):
    def ways(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
            total += ways(i + 2)
        return total
    return ways(0)
