# Iterative: each value doubles the list, every subset so far with and without it.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        answer = [[]]
        for value in nums:
            answer += [subset + [value] for subset in answer]
        return answer
