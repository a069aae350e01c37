# Bug: stops the loop at the first value larger than the remainder, but never sorted, so smaller values
# further right are never tried (and equal values apart are not recognised as repeats).
class Solution:
    def combinationSum2(self, candidates, target):
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
                extend(i + 1, remaining - candidates[i])
                path.pop()

        extend(0, target)
        return answer
