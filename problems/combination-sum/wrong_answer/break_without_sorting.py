# Bug: stops the loop at the first candidate that is too large, but never sorted the candidates.
class Solution:
    def combinationSum(self, candidates, target):
        answer, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                answer.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remaining:
                    break
                path.append(candidates[i])
                extend(i, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return answer
