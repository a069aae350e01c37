# Bug: the repeat test uses i > 0 instead of i > start, so a value is never used right after an equal one:
# [1, 1, 6] is missing.
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
                if i > 0 and candidates[i] == candidates[i - 1]:
                    continue
                path.append(candidates[i])
                extend(i + 1, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return answer
