# Bug: keeps letters only (isalpha), so digits are dropped: "1a2" looks like a palindrome.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c.lower() for c in s if c.isalpha()]
        return kept == kept[::-1]
