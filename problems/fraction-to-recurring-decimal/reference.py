class Solution:
    def fractionToDecimal(self, numerator, denominator):
        if numerator == 0:
            return "0"
        sign = "-" if (numerator < 0) != (denominator < 0) else ""
        whole, remainder = divmod(abs(numerator), abs(denominator))
        if remainder == 0:
            return f"{sign}{whole}"
        # Long division; a remainder seen before means the digits from its first position repeat.
        digits, first_seen = [], {}
        divisor = abs(denominator)
        while remainder and remainder not in first_seen:
            first_seen[remainder] = len(digits)
            digit, remainder = divmod(remainder * 10, divisor)
            digits.append(str(digit))
        fraction = "".join(digits)
        if remainder:
            start = first_seen[remainder]
            fraction = f"{fraction[:start]}({fraction[start:]})"
        return f"{sign}{whole}.{fraction}"
