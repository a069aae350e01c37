# Bug: only the seven symbols, so 4 comes out as IIII and 900 as DCCCC.
class Solution:
    def intToRoman(self, num: int) -> str:
        out = ""
        for value, symbol in ((1000, "M"), (500, "D"), (100, "C"), (50, "L"), (10, "X"), (5, "V"), (1, "I")):
            while num >= value:
                out += symbol
                num -= value
        return out
