# Bug: a greedy tour that always walks from the last point to its nearest unvisited point (a path, not a tree).
class Solution:
    def minCostConnectPoints(self, points):
        n = len(points)
        visited = [False] * n
        visited[0] = True
        current, total = 0, 0
        for _ in range(n - 1):
            x, y = points[current]
            best, nxt = None, -1
            for i in range(n):
                if not visited[i]:
                    d = abs(points[i][0] - x) + abs(points[i][1] - y)
                    if best is None or d < best:
                        best, nxt = d, i
            visited[nxt] = True
            total += best
            current = nxt
        return total
