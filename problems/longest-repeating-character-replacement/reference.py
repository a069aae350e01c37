class Solution:
    def characterReplacement(self, s, k):
        """A window that never shrinks: it grows when its best letter count allows, else slides by one."""
        counts = [0] * 26
        best = left = 0
        for right, letter in enumerate(s):
            index = ord(letter) - 65
            counts[index] += 1
            best = max(best, counts[index])
            if right - left + 1 - best > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
