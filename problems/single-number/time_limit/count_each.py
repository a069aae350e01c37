# O(n^2): counts each value's occurrences with list.count.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for value in nums:
            if nums.count(value) == 1:
                return value
