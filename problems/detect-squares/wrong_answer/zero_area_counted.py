from collections import Counter


# Forgets that the square must have positive area: the query's own copies count as a diagonal corner.
class DetectSquares:
    def __init__(self):
        self.counts = Counter()

    def add(self, point: List[int]) -> None:
        self.counts[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for (px, py), copies in list(self.counts.items()):
            if abs(px - x) == abs(py - y):
                total += copies * self.counts.get((x, py), 0) * self.counts.get((px, y), 0)
        return total
