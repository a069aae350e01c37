class Solution:
    def longestCommonPrefix(self, strs):
        # Column by column, up to the shortest string's length.
        shortest = min(len(s) for s in strs)
        first = strs[0]
        for i in range(shortest):
            char = first[i]
            for s in strs:
                if s[i] != char:
                    return first[:i]
        return first[:shortest]
