class Solution:
    def partition(self, s):
        """Backtracking over the first piece, with a table of which substrings are palindromes."""
        n = len(s)
        palindrome = [[False] * n for _ in range(n)]
        for start in range(n - 1, -1, -1):
            for end in range(start, n):
                palindrome[start][end] = s[start] == s[end] and (end - start < 2 or palindrome[start + 1][end - 1])
        found, pieces = [], []

        def cut_from(start):
            if start == n:
                found.append(pieces[:])
                return
            for end in range(start, n):
                if palindrome[start][end]:
                    pieces.append(s[start:end + 1])
                    cut_from(end + 1)
                    pieces.pop()

        cut_from(0)
        return found
