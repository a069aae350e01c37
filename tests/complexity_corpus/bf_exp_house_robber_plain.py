# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# brute: recursion without memo
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(0, 400) for _ in range(n)]}


def solve(nums):
    def rob(i):
        if i >= len(nums):
            return 0
        return max(rob(i + 1), nums[i] + rob(i + 2))
    return rob(0)
