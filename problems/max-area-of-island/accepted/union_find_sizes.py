# Union-find over land cells, joining each to its right and lower neighbour; the answer is the largest set.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))
        size = [1] * (rows * cols)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a, b):
            ra, rb = find(a), find(b)
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]

        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c]:
                    if r + 1 < rows and grid[r + 1][c]:
                        union(r * cols + c, (r + 1) * cols + c)
                    if c + 1 < cols and grid[r][c + 1]:
                        union(r * cols + c, r * cols + c + 1)
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] and find(r * cols + c) == r * cols + c:
                    best = max(best, size[r * cols + c])
        return best
