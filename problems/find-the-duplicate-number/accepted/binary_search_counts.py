# Binary search on the value: more than m numbers <= m means the repeated value is <= m. O(n log n), O(1) space.
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        low, high = 1, len(nums) - 1
        while low < high:
            middle = (low + high) // 2
            if sum(1 for x in nums if x <= middle) > middle:
                high = middle
            else:
                low = middle + 1
        return low
