class MinStack:
    """Each entry stores its value and the minimum of the stack up to and including it."""

    def __init__(self):
        self.entries = []

    def push(self, val):
        smallest = min(val, self.entries[-1][1]) if self.entries else val
        self.entries.append((val, smallest))

    def pop(self):
        self.entries.pop()

    def top(self):
        return self.entries[-1][0]

    def getMin(self):
        return self.entries[-1][1]
