# O(n^2): removes each letter of s from a list of t's letters, scanning the list every time.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        letters = list(t)
        for letter in s:
            if letter not in letters:
                return False
            letters.remove(letter)
        return True
