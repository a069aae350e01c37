class Solution:
    def isValidSudoku(self, board):
        """One pass: a digit seen before in its row, column or box breaks the rules."""
        rows = [set() for _ in range(9)]
        columns = [set() for _ in range(9)]
        boxes = [set() for _ in range(9)]
        for r in range(9):
            for c in range(9):
                digit = board[r][c]
                if digit == ".":
                    continue
                box = (r // 3) * 3 + c // 3
                if digit in rows[r] or digit in columns[c] or digit in boxes[box]:
                    return False
                rows[r].add(digit)
                columns[c].add(digit)
                boxes[box].add(digit)
        return True
