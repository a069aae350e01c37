# Bug: keeps the minimum in one variable, so popping the minimum does not restore the previous one.
class MinStack:
    def __init__(self):
        self.stack = []
        self.minimum = float("inf")

    def push(self, val):
        self.stack.append(val)
        self.minimum = min(self.minimum, val)

    def pop(self):
        self.stack.pop()

    def top(self):
        return self.stack[-1]

    def getMin(self):
        return self.minimum
