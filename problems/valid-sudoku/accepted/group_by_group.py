# Each of the 27 groups checked on its own: its filled digits must all differ.
class Solution:
    def isValidSudoku(self, board: List[List[str]]) -> bool:
        def distinct(cells):
            digits = [cell for cell in cells if cell != "."]
            return len(digits) == len(set(digits))

        rows = board
        columns = [[board[r][c] for r in range(9)] for c in range(9)]
        boxes = [[board[r][c] for r in range(top, top + 3) for c in range(left, left + 3)]
                 for top in (0, 3, 6) for left in (0, 3, 6)]
        return all(distinct(group) for group in rows + columns + boxes)
