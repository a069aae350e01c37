# One pass over runs: keeps the current window's length and the length of the run of its last letter.
# When a third letter comes, the new window is that last run plus the new letter.
class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s: str) -> int:
        best = window = run = 0
        last = other = None
        for char in s:
            if char == last:
                run += 1
                window += 1
            elif char == other:
                other, last = last, char
                run = 1
                window += 1
            else:
                other, last = last, char
                window = run + 1
                run = 1
            best = max(best, window)
        return best
