# Bug: uses Python's // which floors, so -7 / 2 gives -4 instead of -3.
class Solution:
    def evalRPN(self, tokens):
        stack = []
        for token in tokens:
            if token in ("+", "-", "*", "/"):
                right, left = stack.pop(), stack.pop()
                if token == "+":
                    stack.append(left + right)
                elif token == "-":
                    stack.append(left - right)
                elif token == "*":
                    stack.append(left * right)
                else:
                    stack.append(left // right)
            else:
                stack.append(int(token))
        return stack[0]
