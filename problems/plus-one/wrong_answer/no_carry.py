# Bug: adds one to the last digit and stops, so ...9 ends in the "digit" 10.
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        digits[-1] += 1
        return digits
