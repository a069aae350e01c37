# Bug: rebinds the local name to a sorted copy, so the caller's list never changes.
class Solution:
    def sortColors(self, nums):
        counts = [nums.count(0), nums.count(1), nums.count(2)]
        nums = [0] * counts[0] + [1] * counts[1] + [2] * counts[2]
