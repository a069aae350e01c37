# O(n^2) time, O(1) space: grow a palindrome around each of the 2n - 1 centres (a character or a gap).
class Solution:
    def longestPalindrome(self, s: str) -> str:
        def grow(lo, hi):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            return lo + 1, hi

        best = (0, 1)
        for i in range(len(s)):
            for lo, hi in (grow(i, i), grow(i, i + 1)):
                if hi - lo > best[1] - best[0]:
                    best = (lo, hi)
        return s[best[0]:best[1]]
