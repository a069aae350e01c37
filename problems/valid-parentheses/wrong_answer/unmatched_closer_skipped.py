# Bug: a closer with nothing open is skipped instead of failing, so "]" and "())(()" look valid.
class Solution:
    def isValid(self, s):
        opener_of = {")": "(", "]": "[", "}": "{"}
        still_open = []
        for char in s:
            if char in opener_of:
                if still_open:
                    if still_open.pop() != opener_of[char]:
                        return False
            else:
                still_open.append(char)
        return not still_open
