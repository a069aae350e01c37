# O(n^2) when a run's first value is repeated: loops over the list, not the set, so the same
# run is walked again from every copy of its start (50001 zeros before a run of 50000).
class Solution:
    def longestConsecutive(self, nums):
        present = set(nums)
        best = 0
        for x in nums:
            if x - 1 not in present:
                end = x
                while end + 1 in present:
                    end += 1
                best = max(best, end - x + 1)
        return best
