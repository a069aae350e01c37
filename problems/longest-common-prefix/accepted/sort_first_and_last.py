class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        # In sorted order the first and last strings differ the earliest; what they share, all share.
        ordered = sorted(strs)
        first, last = ordered[0], ordered[-1]
        i = 0
        while i < len(first) and i < len(last) and first[i] == last[i]:
            i += 1
        return first[:i]
