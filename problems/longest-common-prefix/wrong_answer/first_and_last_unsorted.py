# Bug: the "compare the first and the last" trick without sorting first, so the strings in
# between are never looked at.
class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        first, last = strs[0], strs[-1]
        i = 0
        while i < len(first) and i < len(last) and first[i] == last[i]:
            i += 1
        return first[:i]
