# Bug: also steps diagonally (8 neighbours), so letters that only touch at a corner chain together.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"
            found = any(0 <= r + dr < rows and 0 <= c + dc < cols and dfs(r + dr, c + dc, i + 1) for dr, dc in steps)
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
