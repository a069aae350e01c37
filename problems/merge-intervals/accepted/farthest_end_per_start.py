# O(n + R) with R = 10^4: for each start point keep the farthest end, then sweep the points in order.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        farthest = {}
        for start, end in intervals:
            farthest[start] = max(farthest.get(start, end), end)
        merged = []
        for point in range(max(farthest) + 1):
            if point not in farthest:
                continue
            end = farthest[point]
            if merged and point <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([point, end])
        return merged
