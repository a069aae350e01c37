# Bug: grows only from the letters, so palindromes of even length ("bb") are never counted.
class Solution:
    def countSubstrings(self, s):
        count = 0
        for centre in range(len(s)):
            left = right = centre
            while left >= 0 and right < len(s) and s[left] == s[right]:
                count += 1
                left -= 1
                right += 1
        return count
