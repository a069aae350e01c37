# Bug: finds the two values with sorted two pointers, then maps them back with nums.index,
# which gives the same index twice when the two values are equal.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        values = sorted(nums)
        lo, hi = 0, len(values) - 1
        while lo < hi:
            total = values[lo] + values[hi]
            if total == target:
                return [nums.index(values[lo]), nums.index(values[hi])]
            if total < target:
                lo += 1
            else:
                hi -= 1
