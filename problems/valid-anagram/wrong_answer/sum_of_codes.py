# Bug: a "hash" of the letters by the sum of their codes; different letters can add up alike.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
