# Bug: does not skip empty cells, so two "." in a row count as a repeat.
class Solution:
    def isValidSudoku(self, board):
        rows, columns, boxes = [set() for _ in range(9)], [set() for _ in range(9)], [set() for _ in range(9)]
        for r in range(9):
            for c in range(9):
                cell = board[r][c]
                box = (r // 3) * 3 + c // 3
                if cell in rows[r] or cell in columns[c] or cell in boxes[box]:
                    return False
                rows[r].add(cell)
                columns[c].add(cell)
                boxes[box].add(cell)
        return True
