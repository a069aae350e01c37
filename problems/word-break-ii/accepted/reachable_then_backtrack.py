# Bottom-up table of which suffixes can be split at all, then a backtracking that never enters a dead end.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> List[str]:
        words, n = set(wordDict), len(s)
        splittable = [False] * n + [True]
        for start in range(n - 1, -1, -1):
            splittable[start] = any(s[start:end] in words and splittable[end]
                                    for end in range(start + 1, min(n, start + 10) + 1))
        answer, path = [], []

        def extend(start):
            if start == n:
                answer.append(" ".join(path))
                return
            for end in range(start + 1, min(n, start + 10) + 1):
                if splittable[end] and s[start:end] in words:
                    path.append(s[start:end])
                    extend(end)
                    path.pop()

        if splittable[0]:
            extend(0)
        return answer
