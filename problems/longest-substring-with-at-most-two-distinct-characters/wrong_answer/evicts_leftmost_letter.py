# Bug: keeps each letter's last position, but on a third letter evicts the letter at the window's left
# end rather than the one seen least recently, so "abaccc" gives 3 ("ccc"), not 4 ("accc").
class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s):
        last = {}
        best = left = 0
        for right, char in enumerate(s):
            last[char] = right
            if len(last) > 2:
                evicted = s[left]
                left = last.pop(evicted) + 1
            best = max(best, right - left + 1)
        return best
