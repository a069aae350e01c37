# A half-open window [lo, hi): the loop ends with lo at the first element >= target.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(nums) and nums[lo] == target else -1
