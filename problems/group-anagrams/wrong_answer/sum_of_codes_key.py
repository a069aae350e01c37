# Bug: keys by the sum of the character codes, which collides ("ad" and "bc" both sum to 197).
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for word in strs:
            groups.setdefault(sum(map(ord, word)), []).append(word)
        return list(groups.values())
