# Bug: the DP compares with <=, so a subsequence may repeat a value.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        ending = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] <= nums[i]:
                    ending[i] = max(ending[i], ending[j] + 1)
        return max(ending)
