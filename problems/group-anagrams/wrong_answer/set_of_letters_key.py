# Bug: keys by the set of letters, ignoring how often each occurs ("aab" joins "abb").
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for word in strs:
            groups.setdefault(frozenset(word), []).append(word)
        return list(groups.values())
