# Bug: after growing past the palindrome, slices s[lo:hi] instead of s[lo + 1:hi], taking one character too many.
class Solution:
    def longestPalindrome(self, s):
        best = s[0]
        for i in range(len(s)):
            for lo, hi in ((i, i), (i, i + 1)):
                while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                    lo -= 1
                    hi += 1
                if hi - lo - 1 > len(best):
                    best = s[max(lo, 0):hi]
        return best
