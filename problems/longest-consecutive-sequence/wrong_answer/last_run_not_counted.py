# Bug: records a run's length only when the next value breaks it, so the run at the end is never counted.
class Solution:
    def longestConsecutive(self, nums):
        values = sorted(set(nums))
        best, run = 0, 1
        for i in range(1, len(values)):
            if values[i] == values[i - 1] + 1:
                run += 1
            else:
                best = max(best, run)
                run = 1
        return best
