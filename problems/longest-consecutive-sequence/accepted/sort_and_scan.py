# O(n log n): sort the distinct values and measure the runs of neighbours one apart.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = sorted(set(nums))
        best = run = 0
        for i, x in enumerate(values):
            run = run + 1 if i > 0 and x == values[i - 1] + 1 else 1
            best = max(best, run)
        return best
