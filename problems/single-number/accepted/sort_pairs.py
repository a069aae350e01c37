# Sort, then walk pairs: the first pair that does not match starts with the single value.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        ordered = sorted(nums)
        for i in range(0, len(ordered) - 1, 2):
            if ordered[i] != ordered[i + 1]:
                return ordered[i]
        return ordered[-1]
