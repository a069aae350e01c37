class Solution:
    def nextPermutation(self, nums):
        """Rightmost rise i, swap nums[i] with the rightmost larger value, reverse the suffix after i."""
        i = len(nums) - 2
        while i >= 0 and nums[i] >= nums[i + 1]:
            i -= 1
        if i >= 0:
            j = len(nums) - 1
            while nums[j] <= nums[i]:
                j -= 1
            nums[i], nums[j] = nums[j], nums[i]
        low, high = i + 1, len(nums) - 1
        while low < high:
            nums[low], nums[high] = nums[high], nums[low]
            low, high = low + 1, high - 1
