# Brute force: take or skip each element (pruned once the sum passes the target), removing repeats at the end
# with a set of sorted tuples; equal copies are treated as different, so the same combination is met many times.
class Solution:
    def combinationSum2(self, candidates, target):
        found, path = set(), []

        def decide(i, remaining):
            if remaining == 0:
                found.add(tuple(sorted(path)))
                return
            if i == len(candidates) or remaining < 0:
                return
            path.append(candidates[i])
            decide(i + 1, remaining - candidates[i])
            path.pop()
            decide(i + 1, remaining)

        decide(0, target)
        return [list(combo) for combo in found]
