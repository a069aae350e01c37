# Bug: checks rows and columns but forgets the 3 x 3 boxes.
class Solution:
    def isValidSudoku(self, board):
        for i in range(9):
            row = [cell for cell in board[i] if cell != "."]
            column = [board[r][i] for r in range(9) if board[r][i] != "."]
            if len(row) != len(set(row)) or len(column) != len(set(column)):
                return False
        return True
