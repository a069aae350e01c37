# O(n^2): from every start, extends right until a third distinct letter appears.
class Solution:
    def lengthOfLongestSubstringTwoDistinct(self, s):
        best = 0
        for start in range(len(s)):
            seen = set()
            for end in range(start, len(s)):
                seen.add(s[end])
                if len(seen) > 2:
                    break
                best = max(best, end - start + 1)
        return best
