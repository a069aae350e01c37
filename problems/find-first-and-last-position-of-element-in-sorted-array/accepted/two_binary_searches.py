# Hand-written binary search twice: once leaning left on a match, once leaning right.
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        def find(leftmost):
            lo, hi, found = 0, len(nums) - 1, -1
            while lo <= hi:
                mid = (lo + hi) // 2
                if nums[mid] < target:
                    lo = mid + 1
                elif nums[mid] > target:
                    hi = mid - 1
                else:
                    found = mid
                    if leftmost:
                        hi = mid - 1
                    else:
                        lo = mid + 1
            return found

        return [find(True), find(False)]
