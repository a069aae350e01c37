# Records the pieces list itself, not a copy: every recorded partition is emptied by later pops.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found, pieces = [], []

        def cut_from(start):
            if start == len(s):
                found.append(pieces)
                return
            for end in range(start, len(s)):
                piece = s[start:end + 1]
                if piece == piece[::-1]:
                    pieces.append(piece)
                    cut_from(end + 1)
                    pieces.pop()

        cut_from(0)
        return found
