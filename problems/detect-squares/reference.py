from collections import Counter, defaultdict


class DetectSquares:
    """Counts of points, and per column x the counts of each y: a query tries each point of its own column."""

    def __init__(self):
        self.points = Counter()
        self.columns = defaultdict(Counter)

    def add(self, point):
        x, y = point
        self.points[(x, y)] += 1
        self.columns[x][y] += 1

    def count(self, point):
        x, y = point
        points, total = self.points, 0
        for other_y, here in self.columns[x].items():
            side = other_y - y
            if side == 0:
                continue
            for other_x in (x - side, x + side):
                total += here * points[(other_x, y)] * points[(other_x, other_y)]
        return total
