class Solution:
    def checkInclusion(self, s1, s2):
        """A window of len(s1) slides over s2; `agree` counts the letters whose counts match s1's."""
        width = len(s1)
        if width > len(s2):
            return False
        need, have = [0] * 26, [0] * 26
        for a, b in zip(s1, s2):
            need[ord(a) - 97] += 1
            have[ord(b) - 97] += 1
        agree = sum(n == h for n, h in zip(need, have))
        for right in range(width, len(s2)):
            if agree == 26:
                return True
            for index, step in ((ord(s2[right]) - 97, 1), (ord(s2[right - width]) - 97, -1)):
                agree -= have[index] == need[index]
                have[index] += step
                agree += have[index] == need[index]
        return agree == 26
