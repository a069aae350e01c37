# Off by one in the end range: a piece never reaches the last letter unless it is a single letter.
class Solution:
    def partition(self, s: str) -> List[List[str]]:
        found, pieces = [], []

        def cut_from(start):
            if start == len(s):
                found.append(pieces[:])
                return
            for end in range(start, max(start + 1, len(s) - 1)):
                piece = s[start:end + 1]
                if piece == piece[::-1]:
                    pieces.append(piece)
                    cut_from(end + 1)
                    pieces.pop()

        cut_from(0)
        return found
