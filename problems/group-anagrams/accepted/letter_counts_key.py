# O(n k): the key is the tuple of the 26 letter counts, no sorting of the words.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            counts = [0] * 26
            for ch in word:
                counts[ord(ch) - ord("a")] += 1
            groups.setdefault(tuple(counts), []).append(word)
        return list(groups.values())
