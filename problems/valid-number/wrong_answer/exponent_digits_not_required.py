# Bug: checks that digits came before the e but not after it, so "1e" and "1e+" pass.
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
                if point or exponent:
                    return False
                point = True
            elif c in "eE":
                if exponent or not digit:
                    return False
                exponent = True
            else:
                return False
        return digit
