# A set of the numbers present, then the first of 0..n that is not in it. O(n) memory.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        present = set(nums)
        for number in range(len(nums) + 1):
            if number not in present:
                return number
