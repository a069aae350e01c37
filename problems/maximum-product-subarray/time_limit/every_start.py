# Quadratic: every start, with a running product to every end; 2 * 10^8 multiplications at n = 2 * 10^4.
class Solution:
    def maxProduct(self, nums):
        best = nums[0]
        n = len(nums)
        for start in range(n):
            product = 1
            for end in range(start, n):
                product *= nums[end]
                if product > best:
                    best = product
        return best
