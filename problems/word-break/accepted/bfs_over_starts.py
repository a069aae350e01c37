# Breadth-first search over the positions where a piece can start; each position is expanded once.
from collections import deque


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(word) for word in words)
        seen = [False] * (len(s) + 1)
        queue = deque([0])
        seen[0] = True
        while queue:
            start = queue.popleft()
            if start == len(s):
                return True
            for end in range(start + 1, min(len(s), start + longest) + 1):
                if not seen[end] and s[start:end] in words:
                    seen[end] = True
                    queue.append(end)
        return False
