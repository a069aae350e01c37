# Bug: a window passes when it holds the same set of letters as s1, counts ignored.
class Solution:
    def checkInclusion(self, s1, s2):
        width, letters = len(s1), set(s1)
        for start in range(len(s2) - width + 1):
            if set(s2[start:start + width]) == letters:
                return True
        return False
