class Solution:
    def isValid(self, s):
        opener_of = {")": "(", "]": "[", "}": "{"}
        still_open = []
        for char in s:
            if char in opener_of:
                if not still_open or still_open.pop() != opener_of[char]:
                    return False
            else:
                still_open.append(char)
        return not still_open
