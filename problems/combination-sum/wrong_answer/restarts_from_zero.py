# Bug: every call loops over all candidates, so the same combination comes out in several orders.
class Solution:
    def combinationSum(self, candidates, target):
        answer = []

        def extend(remaining, path):
            if remaining == 0:
                answer.append(path)
                return
            for value in candidates:
                if value <= remaining:
                    extend(remaining - value, path + [value])

        extend(target, [])
        return answer
