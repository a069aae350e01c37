class Solution:
    def firstMissingPositive(self, nums):
        # Forgets that when 1..n are all present the answer is n + 1.
        n = len(nums)
        for i in range(n):
            while 0 < nums[i] <= n and nums[nums[i] - 1] != nums[i]:
                v = nums[i]
                nums[i], nums[v - 1] = nums[v - 1], v
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n
