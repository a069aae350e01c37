# Tracks the range of open counts but lets the lower end go negative: "(*)" ends with low = -1.
class Solution:
    def checkValidString(self, s: str) -> bool:
        low = high = 0
        for char in s:
            low += 1 if char == "(" else -1
            high += -1 if char == ")" else 1
            if high < 0:
                return False
        return low == 0
