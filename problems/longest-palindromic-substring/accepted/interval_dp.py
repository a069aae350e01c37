# O(n^2) dynamic programming: s[i..j] is a palindrome when its ends match and s[i+1..j-1] is one.
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        previous = [True] * (n + 1)  # lengths L - 2: previous[i] says s[i:i+L-2] is a palindrome
        current = [True] * (n + 1)   # lengths L - 1
        best_start, best_len = 0, 1
        for length in range(2, n + 1):
            nxt = [False] * (n + 1)
            for i in range(n - length + 1):
                if s[i] == s[i + length - 1] and previous[i + 1]:
                    nxt[i] = True
                    if length > best_len:
                        best_start, best_len = i, length
            previous, current = current, nxt
        return s[best_start:best_start + best_len]
