# O(n^3): checks every substring with a two-pointer palindrome test.
class Solution:
    def longestPalindrome(self, s):
        def is_palindrome(lo, hi):
            while lo < hi:
                if s[lo] != s[hi]:
                    return False
                lo += 1
                hi -= 1
            return True

        best = s[0]
        for i in range(len(s)):
            for j in range(i + 1, len(s)):
                if is_palindrome(i, j) and j - i + 1 > len(best):
                    best = s[i:j + 1]
        return best
