# O(n^3): Prim without remembering each point's cheapest link; every step scans all tree x non-tree pairs.
class Solution:
    def minCostConnectPoints(self, points):
        n = len(points)
        tree, rest = [0], set(range(1, n))
        total = 0
        while rest:
            best, choice = None, -1
            for i in tree:
                x, y = points[i]
                for j in rest:
                    d = abs(points[j][0] - x) + abs(points[j][1] - y)
                    if best is None or d < best:
                        best, choice = d, j
            total += best
            tree.append(choice)
            rest.remove(choice)
        return total
