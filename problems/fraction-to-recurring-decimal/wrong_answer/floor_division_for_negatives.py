# Bug: the integer part comes from Python's //, which floors: -50/8 starts from -7, not -6.
class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        whole = numerator // denominator
        remainder = abs(numerator - whole * denominator)
        out = str(whole)
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
