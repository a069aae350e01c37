# O(m^2): from every start, extends the window to the right until it covers t.
from collections import Counter


class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        best = ""
        for start in range(len(s)):
            have = Counter()
            short = len(need)
            for end in range(start, len(s)):
                char = s[end]
                have[char] += 1
                if char in need and have[char] == need[char]:
                    short -= 1
                    if not short:
                        if not best or end - start + 1 < len(best):
                            best = s[start:end + 1]
                        break
        return best
