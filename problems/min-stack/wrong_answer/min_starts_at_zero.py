# Bug: the running minimum starts at 0 instead of the first value, so all-positive stacks report 0.
class MinStack:
    def __init__(self):
        self.entries = []

    def push(self, val):
        below = self.entries[-1][1] if self.entries else 0
        self.entries.append((val, min(val, below)))

    def pop(self):
        self.entries.pop()

    def top(self):
        return self.entries[-1][0]

    def getMin(self):
        return self.entries[-1][1]
