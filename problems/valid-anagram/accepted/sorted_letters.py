# Sort both strings: anagrams sort to the same sequence. O(n log n).
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return sorted(s) == sorted(t)
