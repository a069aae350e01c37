# Bug: shortens the prefix until it occurs somewhere in each string ("in"), not at its start.
class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        prefix = strs[0]
        for s in strs[1:]:
            while prefix not in s:
                prefix = prefix[:-1]
        return prefix
