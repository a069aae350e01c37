# Bug: recurses from i + 1, so each candidate can be used only once.
class Solution:
    def combinationSum(self, candidates, target):
        answer = []

        def extend(start, remaining, path):
            if remaining == 0:
                answer.append(path)
                return
            for i in range(start, len(candidates)):
                if candidates[i] <= remaining:
                    extend(i + 1, remaining - candidates[i], path + [candidates[i]])

        extend(0, target, [])
        return answer
