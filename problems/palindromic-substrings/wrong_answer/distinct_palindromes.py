# Bug: counts distinct palindromic words, so equal substrings at different positions count once.
class Solution:
    def countSubstrings(self, s):
        found = set()
        for centre in range(2 * len(s) - 1):
            left, right = centre // 2, (centre + 1) // 2
            while left >= 0 and right < len(s) and s[left] == s[right]:
                found.add(s[left:right + 1])
                left -= 1
                right += 1
        return len(found)
