# Kruskal: sort all n(n-1)/2 links by length and join components with union-find until one is left.
# Each link is packed into one int (length, then both ends) so that the sort compares plain ints.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        links = [(abs(x1 - x2) + abs(y1 - y2)) << 20 | i << 10 | j
                 for i, (x1, y1) in enumerate(points) for j, (x2, y2) in enumerate(points[:i])]
        links.sort()
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        total, joined = 0, 1
        for link in links:
            if joined == n:
                break
            ri, rj = find(link >> 10 & 1023), find(link & 1023)
            if ri != rj:
                parent[ri] = rj
                total += link >> 20
                joined += 1
        return total
