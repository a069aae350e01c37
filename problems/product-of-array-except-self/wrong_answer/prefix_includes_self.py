# Bug: the left products include nums[i] itself (an inclusive prefix), an off-by-one.
class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        answer = [1] * n
        running = 1
        for i in range(n):
            running *= nums[i]
            answer[i] = running
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
