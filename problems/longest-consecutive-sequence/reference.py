class Solution:
    def longestConsecutive(self, nums):
        # Walk each run only from its first value (x - 1 absent), so every value is visited twice at most.
        present = set(nums)
        best = 0
        for x in present:
            if x - 1 not in present:
                end = x
                while end + 1 in present:
                    end += 1
                best = max(best, end - x + 1)
        return best
