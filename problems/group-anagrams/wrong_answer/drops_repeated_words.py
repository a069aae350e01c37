# Bug: collects each group in a set, so a word listed twice appears only once.
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for word in strs:
            groups.setdefault("".join(sorted(word)), set()).add(word)
        return [list(group) for group in groups.values()]
