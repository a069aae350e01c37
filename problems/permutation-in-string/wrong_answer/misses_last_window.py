# Bug: compares the window before adding each new letter, so the last window is never compared.
class Solution:
    def checkInclusion(self, s1, s2):
        width = len(s1)
        if width > len(s2):
            return False
        need, have = [0] * 26, [0] * 26
        for a, b in zip(s1, s2):
            need[ord(a) - 97] += 1
            have[ord(b) - 97] += 1
        for right in range(width, len(s2)):
            if have == need:
                return True
            have[ord(s2[right]) - 97] += 1
            have[ord(s2[right - width]) - 97] -= 1
        return False
