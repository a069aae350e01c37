class Solution:
    def combinationSum2(self, candidates, target):
        """Sorted backtracking: each position takes each distinct value once; stop at a value too large."""
        candidates = sorted(candidates)
        answer, path = [], []

        def extend(start, remaining):
            if remaining == 0:
                answer.append(path[:])
                return
            for i in range(start, len(candidates)):
                value = candidates[i]
                if value > remaining:
                    break  # sorted: every later value is too large as well
                if i > start and value == candidates[i - 1]:
                    continue  # this value was already tried at this position
                path.append(value)
                extend(i + 1, remaining - value)
                path.pop()

        extend(0, target)
        return answer
