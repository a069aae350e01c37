# Bug: recurses from i rather than i + 1 (as in Combination Sum I), so one element is used again and again.
class Solution:
    def combinationSum2(self, candidates, target):
        candidates = sorted(candidates)
        answer, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                answer.append(path[:])
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remaining:
                    break
                if i > start and candidates[i] == candidates[i - 1]:
                    continue
                path.append(candidates[i])
                extend(i, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return answer
