# Bug: numbers the box r // 3 + c // 3, so boxes like (0, 1) and (1, 0) share one set and a digit in both
# reads as a repeat.
class Solution:
    def isValidSudoku(self, board):
        rows, columns, boxes = [set() for _ in range(9)], [set() for _ in range(9)], [set() for _ in range(9)]
        for r in range(9):
            for c in range(9):
                digit = board[r][c]
                if digit == ".":
                    continue
                box = r // 3 + c // 3
                if digit in rows[r] or digit in columns[c] or digit in boxes[box]:
                    return False
                rows[r].add(digit)
                columns[c].add(digit)
                boxes[box].add(digit)
        return True
