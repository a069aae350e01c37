# Bug: pushes onto the minima stack only when val < current min, so a repeated minimum is lost on pop.
class MinStack:
    def __init__(self):
        self.stack = []
        self.minima = []

    def push(self, val):
        self.stack.append(val)
        if not self.minima or val < self.minima[-1]:
            self.minima.append(val)

    def pop(self):
        if self.stack.pop() == self.minima[-1]:
            self.minima.pop()

    def top(self):
        return self.stack[-1]

    def getMin(self):
        return self.minima[-1]
