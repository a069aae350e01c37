# Bug: sorts without removing duplicates, so a repeated value ends the run ([1, 2, 2, 3] gives 2).
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        nums = sorted(nums)
        best = run = 1
        for i in range(1, len(nums)):
            run = run + 1 if nums[i] == nums[i - 1] + 1 else 1
            best = max(best, run)
        return best
