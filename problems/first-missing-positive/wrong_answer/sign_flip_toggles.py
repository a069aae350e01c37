class Solution:
    def firstMissingPositive(self, nums):
        # Negates instead of forcing negative: a repeated number flips its mark back off.
        n = len(nums)
        for i in range(n):
            if not 0 < nums[i] <= n:
                nums[i] = n + 1
        for i in range(n):
            v = abs(nums[i])
            if v <= n:
                nums[v - 1] = -nums[v - 1]
        for i in range(n):
            if nums[i] > 0:
                return i + 1
        return n + 1
