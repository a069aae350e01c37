# Stores points in a set, so a point added twice counts once.
class DetectSquares:
    def __init__(self):
        self.points = set()

    def add(self, point: List[int]) -> None:
        self.points.add(tuple(point))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:
            if px != x and abs(px - x) == abs(py - y):
                total += ((x, py) in self.points) * ((px, y) in self.points)
        return total
