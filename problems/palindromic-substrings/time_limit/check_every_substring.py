# Brute force: checks every substring letter by letter from both ends: O(n^3).
class Solution:
    def countSubstrings(self, s):
        n, count = len(s), 0
        for start in range(n):
            for end in range(start, n):
                left, right = start, end
                while left < right and s[left] == s[right]:
                    left += 1
                    right -= 1
                if left >= right:
                    count += 1
        return count
