# complexity: O(n^2)
# space: O(n^2)
# kind: builtin-heavy
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(10**12), n)}


def solve(nums):
    sums = {a + b for i, a in enumerate(nums) for b in nums[i + 1:]}
    return len(sums)
