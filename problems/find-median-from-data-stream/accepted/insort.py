import bisect


class MedianFinder:
    """Keeps the numbers sorted with binary-search insertion (O(n) moves, but in C)."""

    def __init__(self):
        self.numbers = []

    def addNum(self, num: int) -> None:
        bisect.insort(self.numbers, num)

    def findMedian(self) -> float:
        n = len(self.numbers)
        middle = n // 2
        return float(self.numbers[middle]) if n % 2 else (self.numbers[middle - 1] + self.numbers[middle]) / 2
