# One set of markers: ("row", r, d), ("col", c, d) and ("box", r // 3, c // 3, d) for every filled cell.
class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        seen = set()
        for r in range(9):
            for c in range(9):
                digit = board[r][c]
                if digit == ".":
                    continue
                markers = (("row", r, digit), ("col", c, digit), ("box", r // 3, c // 3, digit))
                if any(marker in seen for marker in markers):
                    return False
                seen.update(markers)
        return True
