# complexity: O(1)
# space: O(1)
# kind: builtin-heavy
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    return len(nums)
