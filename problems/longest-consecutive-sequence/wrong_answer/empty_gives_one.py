# Bug: starts the best length at 1, which is wrong for an empty list.
class Solution:
    def longestConsecutive(self, nums):
        present = set(nums)
        best = 1
        for x in present:
            if x - 1 not in present:
                length = 1
                while x + length in present:
                    length += 1
                best = max(best, length)
        return best
