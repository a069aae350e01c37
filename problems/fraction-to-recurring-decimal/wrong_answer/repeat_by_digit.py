# Bug: looks for a repeated digit instead of a repeated remainder, so 1/17 = 0.(0588235294117647)
# comes out as "0.05(8)" when the first 8 comes back.
class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        if numerator == 0:
            return "0"
        sign = "-" if (numerator < 0) != (denominator < 0) else ""
        n, d = abs(numerator), abs(denominator)
        out = sign + str(n // d)
        remainder = n % d
        if remainder == 0:
            return out
        digits, seen = [], {}
        while remainder:
            remainder *= 10
            digit = str(remainder // d)
            remainder %= d
            if digit in seen and remainder:
                i = seen[digit]
                return out + "." + "".join(digits[:i]) + "(" + "".join(digits[i:]) + ")"
            seen[digit] = len(digits)
            digits.append(digit)
        return out + "." + "".join(digits)
