# Recursion from the last token: an operator's right operand ends just before it, its left operand before that.
import operator


class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        ops = {"+": operator.add, "-": operator.sub, "*": operator.mul,
               "/": lambda a, b: int(a / b)}  # float division is exact enough for 32-bit values
        position = len(tokens)

        def evaluate():
            nonlocal position
            position -= 1
            token = tokens[position]
            if token not in ops:
                return int(token)
            right = evaluate()
            left = evaluate()
            return ops[token](left, right)

        return evaluate()
