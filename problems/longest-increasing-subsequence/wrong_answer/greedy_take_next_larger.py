# Bug: from each start, greedily takes every later value above the last one taken; an early big value blocks better choices.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = 0
        for start in range(len(nums)):
            last, length = nums[start], 1
            for value in nums[start + 1:]:
                if value > last:
                    last, length = value, length + 1
            best = max(best, length)
        return best
