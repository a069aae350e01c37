# Bug: per-digit rule with "digit > 5" for the five-symbol, so a digit 5 repeats the unit five times.
class Solution:
    def intToRoman(self, num: int) -> str:
        places = [("M", "", ""), ("C", "D", "M"), ("X", "L", "C"), ("I", "V", "X")]
        out = ""
        for (unit, five, ten), digit in zip(places, (num // 1000, num // 100 % 10, num // 10 % 10, num % 10)):
            if digit == 9:
                out += unit + ten
            elif digit > 5:
                out += five + unit * (digit - 5)
            elif digit == 4:
                out += unit + five
            else:
                out += unit * digit
        return out
