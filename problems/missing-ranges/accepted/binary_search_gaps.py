# Divide and conquer: a stretch [low, high] holding k of the numbers has no gap when it is exactly
# k long; otherwise split it at the middle number. Finds the gaps without a left-to-right walk.
class Solution:
    def findMissingRanges(self, nums: List[int], lower: int, upper: int) -> List[List[int]]:
        ranges = []

        def gaps(low, high, first, last):  # nums[first:last] all lie in [low, high]
            if low > high:
                return
            if last - first == high - low + 1:
                return
            if first == last:
                ranges.append([low, high])
                return
            middle = (first + last) // 2
            gaps(low, nums[middle] - 1, first, middle)
            gaps(nums[middle] + 1, high, middle + 1, last)

        gaps(lower, upper, 0, len(nums))
        return ranges
