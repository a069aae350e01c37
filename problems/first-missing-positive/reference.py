class Solution:
    def firstMissingPositive(self, nums):
        """Cyclic placement: move every v in 1..n into slot v - 1, then find the first slot out of place."""
        n = len(nums)
        for i in range(n):
            while 0 < nums[i] <= n and nums[nums[i] - 1] != nums[i]:
                v = nums[i]
                nums[i], nums[v - 1] = nums[v - 1], v
        for i in range(n):
            if nums[i] != i + 1:
                return i + 1
        return n + 1
