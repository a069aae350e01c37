# Bug: longest common substring of s and reversed s; "abcxyzcba" gives "abc", which is not a palindrome.
class Solution:
    def longestPalindrome(self, s):
        r = s[::-1]
        n = len(s)
        best_len, best_end = 0, 0
        previous = [0] * (n + 1)
        for i in range(1, n + 1):
            current = [0] * (n + 1)
            for j in range(1, n + 1):
                if s[i - 1] == r[j - 1]:
                    current[j] = previous[j - 1] + 1
                    if current[j] > best_len:
                        best_len, best_end = current[j], i
            previous = current
        return s[best_end - best_len:best_end]
