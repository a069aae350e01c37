# Dijkstra over the cells (right and down edges, non-negative weights): slower than the table, still fine.
import heapq


class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        done = [[False] * n for _ in range(m)]
        heap = [(grid[0][0], 0, 0)]
        while heap:
            total, i, j = heapq.heappop(heap)
            if done[i][j]:
                continue
            if i == m - 1 and j == n - 1:
                return total
            done[i][j] = True
            if i + 1 < m and not done[i + 1][j]:
                heapq.heappush(heap, (total + grid[i + 1][j], i + 1, j))
            if j + 1 < n and not done[i][j + 1]:
                heapq.heappush(heap, (total + grid[i][j + 1], i, j + 1))
        return -1
