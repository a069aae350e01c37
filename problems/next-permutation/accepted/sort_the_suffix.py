# Scan from the right, keeping the suffix sorted ascending as it grows: the first value smaller than some
# value in the suffix swaps with the smallest such value, and the suffix stays sorted.
class Solution:
    def nextPermutation(self, nums: List[int]) -> None:
        for i in range(len(nums) - 2, -1, -1):
            nums[i + 1:] = sorted(nums[i + 1:])
            for j in range(i + 1, len(nums)):
                if nums[j] > nums[i]:
                    nums[i], nums[j] = nums[j], nums[i]
                    return
        nums.sort()
