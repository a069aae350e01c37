# Bug: a seen-array by absolute value (a "bucket" trick), so -x and x collide.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = set()
        for value in nums:
            if abs(value) in seen:
                return True
            seen.add(abs(value))
        return False
