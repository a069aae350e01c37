# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
# problem: longest-consecutive-sequence
# pair: longest-consecutive
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        ordered = sorted(nums)
        best = run = 1
        for previous, current in zip(ordered, ordered[1:]):
            if current == previous:
                continue
            run = run + 1 if current == previous + 1 else 1
            best = max(best, run)
        return best
