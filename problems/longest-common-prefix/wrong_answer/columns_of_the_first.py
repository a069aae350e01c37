# Bug: scans as many columns as the first string has, so a shorter string later in the list
# is indexed past its end (IndexError).
class Solution:
    def longestCommonPrefix(self, strs: List[str]) -> str:
        prefix = ""
        for i, char in enumerate(strs[0]):
            for s in strs[1:]:
                if s[i] != char:
                    return prefix
            prefix += char
        return prefix
