class Solution:
    def maxProduct(self, nums):
        """The largest and the smallest product ending at each index: a negative factor swaps their roles."""
        best = largest = smallest = nums[0]
        for i in range(1, len(nums)):  # indices, not nums[1:]: a slice would copy the list
            x = nums[i]
            if x < 0:
                largest, smallest = smallest, largest
            largest = max(x, largest * x)
            smallest = min(x, smallest * x)
            if largest > best:
                best = largest
        return best
