# Keeps every added point in a list and, for a query, tries each pair of stored points as the two corners
# beside it: O(n^2) per count.
class DetectSquares:
    def __init__(self):
        self.points = []

    def add(self, point: List[int]) -> None:
        self.points.append(point)

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for ax, ay in self.points:
            if ay != y or ax == x:
                continue
            side = ax - x
            for bx, by in self.points:
                if bx == x and abs(by - y) == abs(side):
                    total += self.points.count([ax, by])
        return total
