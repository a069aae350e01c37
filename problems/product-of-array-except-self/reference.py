class Solution:
    def productExceptSelf(self, nums):
        # answer[i] = (product of everything left of i) * (product of everything right of i):
        # the answer holds the left products, then one running product brings in the right side.
        n = len(nums)
        answer = [1] * n
        for i in range(1, n):
            answer[i] = answer[i - 1] * nums[i - 1]
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
