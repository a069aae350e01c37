# Bug: trusts Python's float(), which also reads "inf", "nan" and "Infinity".
class Solution:
    def isNumber(self, s: str) -> bool:
        try:
            float(s)
            return True
        except ValueError:
            return False
