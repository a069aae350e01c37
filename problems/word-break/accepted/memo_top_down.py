# Top-down: can the suffix from `start` be split? Memoised with lru_cache, trying each word as the next piece.
from functools import lru_cache


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        @lru_cache(maxsize=None)
        def splits(start):
            if start == len(s):
                return True
            return any(s.startswith(word, start) and splits(start + len(word)) for word in wordDict)

        return splits(0)
