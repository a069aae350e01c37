# Bug: the smallest product is computed from the largest already updated this step, not the old one.
class Solution:
    def maxProduct(self, nums):
        best = largest = smallest = nums[0]
        for x in nums[1:]:
            largest = max(x, largest * x, smallest * x)
            smallest = min(x, largest * x, smallest * x)
            best = max(best, largest)
        return best
