# Scans left to right only: stars may close a ')' but leftover '(' are checked by count, not position.
class Solution:
    def checkValidString(self, s: str) -> bool:
        balance = stars = 0
        for char in s:
            if char == "(":
                balance += 1
            elif char == "*":
                stars += 1
            elif balance:
                balance -= 1
            elif stars:
                stars -= 1
            else:
                return False
        return balance <= stars
