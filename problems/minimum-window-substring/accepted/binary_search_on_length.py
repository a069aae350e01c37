# Binary searches the window length: a window of length L covering t exists, checked by sliding a
# fixed-size window with letter counts. O((m + 52) log m).
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)

        def covering_start(length):
            have = Counter(s[:length])
            short = sum(1 for c, k in need.items() if have[c] < k)
            if not short:
                return 0
            for start in range(1, len(s) - length + 1):
                gone, new = s[start - 1], s[start + length - 1]
                if gone in need and have[gone] == need[gone]:
                    short += 1
                have[gone] -= 1
                have[new] += 1
                if new in need and have[new] == need[new]:
                    short -= 1
                if not short:
                    return start
            return -1

        low, high = len(t), len(s)
        if low > high or covering_start(high) < 0:
            return ""
        while low < high:
            middle = (low + high) // 2
            if covering_start(middle) >= 0:
                high = middle
            else:
                low = middle + 1
        start = covering_start(low)
        return s[start:start + low]
