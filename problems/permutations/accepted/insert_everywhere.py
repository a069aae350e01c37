# Iterative: each new value is inserted at every position of every arrangement so far.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        arrangements = [[]]
        for value in nums:
            arrangements = [p[:k] + [value] + p[k:] for p in arrangements for k in range(len(p) + 1)]
        return arrangements
