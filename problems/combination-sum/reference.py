class Solution:
    def combinationSum(self, candidates, target):
        values = sorted(candidates)
        answer, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                answer.append(path[:])
                return
            for i in range(start, len(values)):
                if values[i] > remaining:
                    break  # sorted: every later value is too large as well
                path.append(values[i])
                extend(i, remaining - values[i])  # i again: a value may repeat
                path.pop()

        extend(0, target)
        return answer
