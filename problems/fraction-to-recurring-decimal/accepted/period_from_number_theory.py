from math import gcd


class Solution:
    def fractionToDecimal(self, numerator: int, denominator: int) -> str:
        # Reduce the fraction; the factors 2 and 5 of the denominator give the digits before the
        # repetition, and the multiplicative order of 10 modulo the rest gives the block's length.
        if numerator == 0:
            return "0"
        sign = "-" if (numerator < 0) != (denominator < 0) else ""
        n, d = abs(numerator), abs(denominator)
        g = gcd(n, d)
        n, d = n // g, d // g
        twos = fives = 0
        rest = d
        while rest % 2 == 0:
            rest //= 2
            twos += 1
        while rest % 5 == 0:
            rest //= 5
            fives += 1
        before = max(twos, fives)
        period = 0
        if rest > 1:
            period, power = 1, 10 % rest
            while power != 1:
                power = power * 10 % rest
                period += 1
        whole, remainder = divmod(n, d)
        digits = []
        for _ in range(before + period):
            remainder *= 10
            digits.append(str(remainder // d))
            remainder %= d
        text = sign + str(whole)
        if not digits:
            return text
        fixed = "".join(digits[:before])
        repeating = "".join(digits[before:])
        return text + "." + fixed + (f"({repeating})" if repeating else "")
