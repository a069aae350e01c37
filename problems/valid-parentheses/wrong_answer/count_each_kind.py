# Bug: counts each kind of bracket separately, so "([)]" passes though the brackets cross.
class Solution:
    def isValid(self, s):
        depth = {"(": 0, "[": 0, "{": 0}
        opener_of = {")": "(", "]": "[", "}": "{"}
        for char in s:
            if char in depth:
                depth[char] += 1
            else:
                depth[opener_of[char]] -= 1
                if depth[opener_of[char]] < 0:
                    return False
        return all(count == 0 for count in depth.values())
