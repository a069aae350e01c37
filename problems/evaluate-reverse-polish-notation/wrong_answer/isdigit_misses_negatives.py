# Bug: tells numbers from operators with str.isdigit(), so a negative number like "-3" is taken for the "-" operator.
class Solution:
    def evalRPN(self, tokens):
        stack = []
        for token in tokens:
            if token.isdigit():
                stack.append(int(token))
                continue
            right, left = stack.pop(), stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "*":
                stack.append(left * right)
            elif token == "/":
                stack.append(int(left / right))
            else:
                stack.append(left - right)
        return stack[0]
