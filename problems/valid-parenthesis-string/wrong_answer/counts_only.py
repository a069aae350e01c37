# Compares counts, ignoring order: "*(" has enough stars to close the '(', but none after it.
class Solution:
    def checkValidString(self, s: str) -> bool:
        opens, closes, stars = s.count("("), s.count(")"), s.count("*")
        return abs(opens - closes) <= stars
