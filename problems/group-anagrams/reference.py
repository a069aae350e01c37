from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs):
        # Anagrams have the same letters once sorted: use that as the group's key.
        groups = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())
