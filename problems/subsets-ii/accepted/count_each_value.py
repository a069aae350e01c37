# Iterative by distinct value: a value seen k times is taken 0, 1, ..., k times by every subset so far.
from collections import Counter


class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        answer = [[]]
        for value, count in sorted(Counter(nums).items()):
            answer = [subset + [value] * times for subset in answer for times in range(count + 1)]
        return answer
