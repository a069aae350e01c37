VALUES = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


class Solution:
    def intToRoman(self, num):
        # Greedy over the values, subtractive pairs included: always the largest that fits.
        parts = []
        for value, symbol in VALUES:
            count, num = divmod(num, value)
            parts.append(symbol * count)
        return "".join(parts)
