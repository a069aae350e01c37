# Union-find over the land cells, with path halving and union by size.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        parent = list(range(rows * cols))
        size = [1] * (rows * cols)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                count += 1
                for a, b in ((r - 1, c), (r, c - 1)):
                    if a >= 0 and b >= 0 and grid[a][b] == "1":
                        x, y = find(a * cols + b), find(r * cols + c)
                        if x != y:
                            if size[x] < size[y]:
                                x, y = y, x
                            parent[y] = x
                            size[x] += size[y]
                            count -= 1
        return count
