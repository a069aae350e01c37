# Bug: takes the n - 1 shortest links without checking that each joins two separate groups.
class Solution:
    def minCostConnectPoints(self, points):
        links = sorted(abs(x1 - x2) + abs(y1 - y2)
                       for i, (x1, y1) in enumerate(points) for (x2, y2) in points[:i])
        return sum(links[:len(points) - 1])
