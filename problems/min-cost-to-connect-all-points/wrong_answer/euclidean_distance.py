# Bug: measures straight-line distance (rounded) instead of the Manhattan distance |dx| + |dy|.
class Solution:
    def minCostConnectPoints(self, points):
        n = len(points)
        inf = float("inf")
        cost = [inf] * n
        in_tree = [False] * n
        cost[0], total = 0, 0
        for _ in range(n):
            best, point = inf, -1
            for i in range(n):
                if not in_tree[i] and cost[i] < best:
                    best, point = cost[i], i
            in_tree[point] = True
            total += best
            x, y = points[point]
            for i in range(n):
                if not in_tree[i]:
                    d = round(((points[i][0] - x) ** 2 + (points[i][1] - y) ** 2) ** 0.5)
                    if d < cost[i]:
                        cost[i] = d
        return total
