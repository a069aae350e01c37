# Bug: the sign is decided before checking for a zero numerator, so 0 / -5 gives "-0".
class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        sign = "-" if (numerator < 0) != (denominator < 0) else ""
        n, d = abs(numerator), abs(denominator)
        out = sign + str(n // d)
        remainder = n % d
        if remainder == 0:
            return out
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
