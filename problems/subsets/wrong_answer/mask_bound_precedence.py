# Bug: range(1 << n - 1) parses as 1 << (n - 1), so only the masks without the last value's bit are listed.
class Solution:
    def subsets(self, nums):
        n = len(nums)
        return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n - 1)]
