# Backtracking over a counter: each position takes each distinct value that still has copies left.
from collections import Counter


class Solution:
    def permuteUnique(self, nums: List[int]) -> List[List[int]]:
        left = Counter(nums)
        answer, path = [], []

        def extend():
            if len(path) == len(nums):
                answer.append(path[:])
                return
            for value in left:
                if left[value]:
                    left[value] -= 1
                    path.append(value)
                    extend()
                    path.pop()
                    left[value] += 1

        extend()
        return answer
