# Bug: a second point is refused, but a first point after the e is not, so "99e2.5" passes.
class Solution:
    def isNumber(self, s: str) -> bool:
        digit = point = exponent = False
        for i, c in enumerate(s):
            if c.isdigit():
                digit = True
            elif c in "+-":
                if i > 0 and s[i - 1] not in "eE":
                    return False
            elif c == ".":
                if point:
                    return False
                point = True
            elif c in "eE":
                if exponent or not digit:
                    return False
                exponent, digit = True, False
            else:
                return False
        return digit
