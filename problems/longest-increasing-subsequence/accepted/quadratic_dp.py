# O(n^2) dynamic programming: ending[i] is the longest increasing subsequence ending at nums[i].
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        ending = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and ending[j] + 1 > ending[i]:
                    ending[i] = ending[j] + 1
        return max(ending)
