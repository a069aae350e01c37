# complexity: O(n)
# space: O(n)
# kind: pure-python
# problem: longest-consecutive-sequence
# pair: longest-consecutive
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 not in values:
                length = 1
                while x + length in values:
                    length += 1
                best = max(best, length)
        return best
