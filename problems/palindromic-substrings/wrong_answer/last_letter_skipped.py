# Bug: off by one in the right bound, so no palindrome may end at the last letter.
class Solution:
    def countSubstrings(self, s):
        n, count = len(s), 0
        for centre in range(2 * n - 1):
            left, right = centre // 2, (centre + 1) // 2
            while left >= 0 and right < n - 1 and s[left] == s[right]:
                count += 1
                left -= 1
                right += 1
        return count + 1
