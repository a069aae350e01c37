class Solution:
    def firstMissingPositive(self, nums):
        # Scans the whole list for 1, then for 2, ...: O(n^2) when 1..n are all there.
        k = 1
        while k in nums:
            k += 1
        return k
