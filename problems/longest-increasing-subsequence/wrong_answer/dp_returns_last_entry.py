# Bug: returns the DP value of the last element instead of the maximum over all ending positions.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        ending = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i]:
                    ending[i] = max(ending[i], ending[j] + 1)
        return ending[-1]
