import heapq


class MedianFinder:
    """The lower half in a max-heap (negated), the upper half in a min-heap; the lower half holds the extra one."""

    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num):
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def findMedian(self):
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
