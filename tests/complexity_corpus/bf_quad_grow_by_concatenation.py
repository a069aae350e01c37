# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# brute: a new list at every step
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-100, 100) for _ in range(n)]}


def solve(nums):
    prefix_sums = []
    total = 0
    for x in nums:
        total += x
        prefix_sums = prefix_sums + [total]
    return max(prefix_sums)
