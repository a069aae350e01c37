# Bug: Kadane with products, tracking only the largest product ending here, so two negatives never pair up.
class Solution:
    def maxProduct(self, nums):
        best = largest = nums[0]
        for x in nums[1:]:
            largest = max(x, largest * x)
            best = max(best, largest)
        return best
