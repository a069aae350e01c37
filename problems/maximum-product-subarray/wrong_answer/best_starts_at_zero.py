# Bug: best starts at 0, so an array that is a single negative number answers 0.
class Solution:
    def maxProduct(self, nums):
        best = 0
        largest = smallest = 1
        for x in nums:
            candidates = (x, largest * x, smallest * x)
            largest, smallest = max(candidates), min(candidates)
            best = max(best, largest)
        return best
