# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
# pair: contains-duplicate
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(-10**9, 10**9), n)}


def solve(nums):
    ordered = sorted(nums)
    for i in range(1, len(ordered)):
        if ordered[i] == ordered[i - 1]:
            return True
    return False
