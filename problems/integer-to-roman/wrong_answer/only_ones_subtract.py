# Bug: remembers IV and IX but not the subtractive pairs of the tens and hundreds (40 is XXXX).
class Solution:
    def intToRoman(self, num: int) -> str:
        table = [(1000, "M"), (500, "D"), (100, "C"), (50, "L"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = ""
        for value, symbol in table:
            while num >= value:
                out += symbol
                num -= value
        return out
