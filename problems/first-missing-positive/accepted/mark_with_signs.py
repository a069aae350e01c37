class Solution:
    def firstMissingPositive(self, nums):
        # In place: mark that v is present by making nums[v - 1] negative.
        n = len(nums)
        for i in range(n):
            if not 0 < nums[i] <= n:
                nums[i] = n + 1
        for i in range(n):
            v = abs(nums[i])
            if v <= n:
                nums[v - 1] = -abs(nums[v - 1])
        for i in range(n):
            if nums[i] > 0:
                return i + 1
        return n + 1
