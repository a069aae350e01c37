# complexity: O(n)
# space: O(n)
# kind: builtin-heavy
# pair: contains-duplicate
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(-10**9, 10**9), n)}


def solve(nums):
    return len(set(nums)) < len(nums)
