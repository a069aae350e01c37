# Bug: the sign comes with the integer part (str(int(...))), so a value between -1 and 0
# loses it: -1/3 gives "0.(3)".
class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        whole = int(abs(numerator) // abs(denominator))
        if (numerator < 0) != (denominator < 0):
            whole = -whole
        out = str(whole)
        remainder = abs(numerator) % abs(denominator)
        if remainder == 0:
            return out
        d = abs(denominator)
        digits, seen = [], {}
        while remainder and remainder not in seen:
            seen[remainder] = len(digits)
            remainder *= 10
            digits.append(str(remainder // d))
            remainder %= d
        if remainder:
            i = seen[remainder]
            digits = digits[:i] + ["("] + digits[i:] + [")"]
        return out + "." + "".join(digits)
