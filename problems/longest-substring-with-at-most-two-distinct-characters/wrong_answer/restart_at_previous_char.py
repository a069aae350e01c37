# Bug: when a third letter comes, restarts the window at the previous character alone instead of
# at the start of that character's run, so "abbbcbbb" gives 5, not 7.
class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s):
        best, left = 0, 0
        letters = set()
        for right, char in enumerate(s):
            if char not in letters and len(letters) == 2:
                left = right - 1
                letters = {s[right - 1]}
            letters.add(char)
            best = max(best, right - left + 1)
        return best
