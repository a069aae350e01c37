from functools import lru_cache


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        """Every partition of the suffix from i, built from the partitions of shorter suffixes."""
        @lru_cache(maxsize=None)
        def suffix(i):
            if i == len(s):
                return [[]]
            out = []
            for j in range(i + 1, len(s) + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    out.extend([piece] + rest for rest in suffix(j))
            return out

        return suffix(0)
