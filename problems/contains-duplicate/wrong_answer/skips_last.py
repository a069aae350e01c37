# Bug: the loop stops one element early, so a repeat at the very end is missed.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = set()
        for i in range(len(nums) - 1):
            if nums[i] in seen:
                return True
            seen.add(nums[i])
        return False
