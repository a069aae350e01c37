# Bug: steps over only one non-alphanumeric character at a time (if, not while), then
# compares whatever it lands on, so ", " next to a letter throws the indices off.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        i, j = 0, len(s) - 1
        while i < j:
            if not s[i].isalnum():
                i += 1
            if not s[j].isalnum():
                j -= 1
            if s[i].lower() != s[j].lower():
                return False
            i += 1
            j -= 1
        return True
