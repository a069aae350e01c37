class Solution:
    def subArrayRanges(self, nums):
        # Starts the running maximum and minimum at 0 instead of at the first number.
        total = 0
        for i in range(len(nums)):
            high = low = 0
            for j in range(i, len(nums)):
                high = max(high, nums[j])
                low = min(low, nums[j])
                total += high - low
        return total
