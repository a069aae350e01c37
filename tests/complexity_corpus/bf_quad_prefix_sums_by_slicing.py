# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# brute: repeated slicing
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-100, 100) for _ in range(n)]}


def solve(nums):
    best = None
    for i in range(len(nums)):
        total = sum(nums[:i + 1])
        best = total if best is None or total > best else best
    return best
