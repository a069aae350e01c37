from collections import defaultdict


class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s):
        count = defaultdict(int)  # letters in the window s[left:right + 1]
        best = left = 0
        for right, char in enumerate(s):
            count[char] += 1
            while len(count) > 2:
                gone = s[left]
                count[gone] -= 1
                if not count[gone]:
                    del count[gone]
                left += 1
            best = max(best, right - left + 1)
        return best
