# Backtracking over distinct values: a value seen k times is taken 0 to k times (as far as the target allows).
from collections import Counter


class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        values = sorted(Counter(candidates).items())
        answer, path = [], []

        def extend(index, remaining):
            if remaining == 0:
                answer.append(path[:])
                return
            if index == len(values) or values[index][0] > remaining:
                return
            value, count = values[index]
            extend(index + 1, remaining)
            taken = 0
            while taken < count and remaining >= value:
                path.append(value)
                taken += 1
                remaining -= value
                extend(index + 1, remaining)
            del path[len(path) - taken:]

        extend(0, target)
        return answer
