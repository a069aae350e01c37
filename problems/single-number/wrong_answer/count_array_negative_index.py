# Bug: a count array indexed by value; negative values wrap around to the end of the array in Python.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        counts = [0] * 30001
        for value in nums:
            counts[value] += 1
        for value, count in enumerate(counts):
            if count == 1:
                return value
