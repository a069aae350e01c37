# Brute force: every ordering of n "(" and n ")" (itertools.permutations, (2n)! of them), de-duplicated
# with a set, then filtered for balance.
from itertools import permutations


class Solution:
    def generateParenthesis(self, n):
        def balanced(text):
            depth = 0
            for char in text:
                depth += 1 if char == "(" else -1
                if depth < 0:
                    return False
            return depth == 0

        arrangements = {"".join(p) for p in permutations("(" * n + ")" * n)}
        return [text for text in arrangements if balanced(text)]
