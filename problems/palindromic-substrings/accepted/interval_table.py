# Bottom-up table: s[i..j] is a palindrome when its ends agree and s[i+1..j-1] is one. O(n^2) time and space.
class Solution:
    def countSubstrings(self, s: str) -> int:
        n = len(s)
        inner = [True] * (n + 1)  # palindromes of length - 2, by start: the empty strings, then single letters
        current = [True] * n
        count = n
        for length in range(2, n + 1):
            inner, current = current, [s[i] == s[i + length - 1] and inner[i + 1] for i in range(n - length + 1)]
            count += sum(current)
        return count
