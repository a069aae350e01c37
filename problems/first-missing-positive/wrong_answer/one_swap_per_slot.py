class Solution:
    def firstMissingPositive(self, nums):
        # Swaps once per index: the number swapped in is never placed itself.
        n = len(nums)
        for i in range(n):
            v = nums[i]
            if 0 < v <= n and nums[v - 1] != v:
                nums[i], nums[v - 1] = nums[v - 1], v
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1
