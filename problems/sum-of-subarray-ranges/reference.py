class Solution:
    def subArrayRanges(self, nums):
        return self._sum_of_extremes(nums, larger=True) - self._sum_of_extremes(nums, larger=False)

    @staticmethod
    def _sum_of_extremes(nums, larger):
        """The sum over all subarrays of their maximum (larger=True) or minimum, by a monotonic stack.

        When index i is popped by index j, nums[i] is the extreme of every subarray that starts
        after the index below it on the stack and ends before j: (i - left) * (j - i) of them.
        Popping on ties from one side only counts each subarray once."""
        total, stack = 0, []  # indices, their numbers monotonic
        n = len(nums)
        for j in range(n + 1):
            while stack and (j == n or (nums[stack[-1]] <= nums[j] if larger else nums[stack[-1]] >= nums[j])):
                i = stack.pop()
                left = stack[-1] if stack else -1
                total += nums[i] * (i - left) * (j - i)
            stack.append(j)
        return total
