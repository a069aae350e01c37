# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
# pair: sort-integers-below-n
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(n) for _ in range(n)]}


def solve(nums):
    ordered = sorted(nums)
    return ordered[len(ordered) // 2]
