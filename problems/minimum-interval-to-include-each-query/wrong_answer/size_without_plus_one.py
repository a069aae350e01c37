import heapq


# Measures an interval as right - left, forgetting that both ends are included.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        heap, i = [], 0
        for position in sorted(range(len(queries)), key=queries.__getitem__):
            q = queries[position]
            while i < len(intervals) and intervals[i][0] <= q:
                heapq.heappush(heap, (intervals[i][1] - intervals[i][0], intervals[i][1]))
                i += 1
            while heap and heap[0][1] < q:
                heapq.heappop(heap)
            if heap:
                answers[position] = heap[0][0]
        return answers
