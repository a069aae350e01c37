from collections import Counter, defaultdict


# Looks for squares only to the right of the query (x + side), missing those on the left.
class DetectSquares:
    def __init__(self):
        self.points = Counter()
        self.columns = defaultdict(Counter)

    def add(self, point: List[int]) -> None:
        x, y = point
        self.points[(x, y)] += 1
        self.columns[x][y] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for other_y, here in self.columns[x].items():
            side = abs(other_y - y)
            if side:
                total += here * self.points[(x + side, y)] * self.points[(x + side, other_y)]
        return total
