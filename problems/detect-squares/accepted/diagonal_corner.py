from collections import Counter


class DetectSquares:
    """Each distinct stored point that lies on a diagonal of the query fixes the other two corners."""

    def __init__(self):
        self.counts = Counter()

    def add(self, point: List[int]) -> None:
        self.counts[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for (px, py), copies in list(self.counts.items()):
            if px != x and abs(px - x) == abs(py - y):
                total += copies * self.counts.get((x, py), 0) * self.counts.get((px, y), 0)
        return total
