class Solution:
    def maxProduct(self, nums):
        """The largest and the smallest product ending at each index: a negative factor swaps their roles."""
        best = largest = smallest = nums[0]
        for x in nums[1:]:
            if x < 0:
                largest, smallest = smallest, largest
            largest = max(x, largest * x)
            smallest = min(x, smallest * x)
            if largest > best:
                best = largest
        return best
