# Bug: treats two characters as equal "ignoring case" when their codes differ by 0 or 32,
# which also matches a digit with a letter ('0' is 48, 'P' is 80).
class Solution:
    def isPalindrome(self, s: str) -> bool:
        kept = [c for c in s if c.isalnum()]
        i, j = 0, len(kept) - 1
        while i < j:
            if abs(ord(kept[i]) - ord(kept[j])) not in (0, 32):
                return False
            i += 1
            j -= 1
        return True
