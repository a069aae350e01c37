import heapq


class Solution:
    def minInterval(self, intervals, queries):
        """Queries in increasing order; a min-heap of (size, right) of the intervals started so far."""
        intervals = sorted(intervals)
        answers = [-1] * len(queries)
        heap, next_interval = [], 0
        for position in sorted(range(len(queries)), key=queries.__getitem__):
            query = queries[position]
            while next_interval < len(intervals) and intervals[next_interval][0] <= query:
                left, right = intervals[next_interval]
                heapq.heappush(heap, (right - left + 1, right))
                next_interval += 1
            while heap and heap[0][1] < query:
                heapq.heappop(heap)
            if heap:
                answers[position] = heap[0][0]
        return answers
