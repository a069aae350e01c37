class Solution:
    def minCostConnectPoints(self, points):
        n = len(points)
        inf = float("inf")
        cost = [inf] * n  # cheapest link from each point outside the tree to the tree
        in_tree = [False] * n
        cost[0], total = 0, 0
        for _ in range(n):  # Prim on the complete graph, O(n^2) without a heap
            best, point = inf, -1
            for i in range(n):
                if not in_tree[i] and cost[i] < best:
                    best, point = cost[i], i
            in_tree[point] = True
            total += best
            x, y = points[point]
            for i in range(n):
                if not in_tree[i]:
                    d = abs(points[i][0] - x) + abs(points[i][1] - y)
                    if d < cost[i]:
                        cost[i] = d
        return total
