# O(n^2) on one long run: walks upwards from every value, not just from the start of each run.
class Solution:
    def longestConsecutive(self, nums):
        present = set(nums)
        best = 0
        for x in present:
            length = 1
            while x + length in present:
                length += 1
            best = max(best, length)
        return best
