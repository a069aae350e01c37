# Appends in O(1) and sorts a copy on every findMedian: O(n log n) per query.
class MedianFinder:
    def __init__(self):
        self.numbers = []

    def addNum(self, num: int) -> None:
        self.numbers.append(num)

    def findMedian(self) -> float:
        ordered = sorted(self.numbers)
        n = len(ordered)
        return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2
