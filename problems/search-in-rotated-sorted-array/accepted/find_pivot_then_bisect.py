# Two binary searches: find the smallest element (the rotation point), then bisect the sorted run that can hold target.
from bisect import bisect_left


class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if target >= nums[0] and pivot > 0:
            start, end = 0, pivot
        else:
            start, end = pivot, len(nums)
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1
