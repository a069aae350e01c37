class Solution:
    def checkValidString(self, s: str) -> bool:
        """Close each ')' with an open '(' if any, else a star; then pair leftover '(' with later stars."""
        opens, stars = [], []
        for index, char in enumerate(s):
            if char == "(":
                opens.append(index)
            elif char == "*":
                stars.append(index)
            elif opens:
                opens.pop()
            elif stars:
                stars.pop()
            else:
                return False
        while opens and stars:
            if opens.pop() > stars.pop():
                return False
        return not opens
