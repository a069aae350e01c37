# Bug: marks cells as used but never unmarks them after a dead end, so later paths cannot use them.
class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        used = set()

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or board[r][c] != word[i]:
                return False
            used.add((r, c))
            return dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)

        for r in range(rows):
            for c in range(cols):
                if dfs(r, c, 0):
                    return True
                used.clear()
        return False
