# Bug: sorts and returns the first index whose value differs, with no answer when every index matches (n missing).
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        nums.sort()
        for index, value in enumerate(nums):
            if index != value:
                return index
        return -1
