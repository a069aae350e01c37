class Solution:
    def subArrayRanges(self, nums):
        # O(n^2): from each start, extend to the right keeping the running maximum and minimum.
        total = 0
        for i in range(len(nums)):
            high = low = nums[i]
            for j in range(i + 1, len(nums)):
                high = max(high, nums[j])
                low = min(low, nums[j])
                total += high - low
        return total
