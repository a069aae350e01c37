# Tests a piece by its first and last letters only: "abca" passes as a palindrome.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found, pieces = [], []

        def cut_from(start):
            if start == len(s):
                found.append(pieces[:])
                return
            for end in range(start, len(s)):
                if s[start] == s[end]:
                    pieces.append(s[start:end + 1])
                    cut_from(end + 1)
                    pieces.pop()

        cut_from(0)
        return found
