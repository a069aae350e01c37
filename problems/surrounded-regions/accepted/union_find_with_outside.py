# Union-find: every O joins its O neighbours, and border O's join a virtual "outside" node;
# an O not in the outside's set is captured.
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        outside = rows * cols
        parent = list(range(outside + 1))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            parent[find(a)] = find(b)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] != "O":
                    continue
                cell = r * cols + c
                if r in (0, rows - 1) or c in (0, cols - 1):
                    union(cell, outside)
                if r + 1 < rows and board[r + 1][c] == "O":
                    union(cell, cell + cols)
                if c + 1 < cols and board[r][c + 1] == "O":
                    union(cell, cell + 1)
        free = find(outside)
        for r in range(rows):
            for c in range(cols):
                if board[r][c] == "O" and find(r * cols + c) != free:
                    board[r][c] = "X"
