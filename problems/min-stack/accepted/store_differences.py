# O(1) extra space: stores each value's difference from the minimum below it.
class MinStack:
    def __init__(self):
        self.diffs = []
        self.minimum = None

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.minimum = val
        else:
            self.diffs.append(val - self.minimum)
            if val < self.minimum:
                self.minimum = val

    def pop(self) -> None:
        diff = self.diffs.pop()
        if diff < 0:
            self.minimum -= diff

    def top(self) -> int:
        diff = self.diffs[-1]
        return self.minimum if diff < 0 else self.minimum + diff

    def getMin(self) -> int:
        return self.minimum
