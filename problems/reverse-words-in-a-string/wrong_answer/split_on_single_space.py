# Bug: split(" ") keeps an empty word for every extra space, so runs of spaces survive.
class Solution:
    def reverseWords(self, s: str) -> str:
        return " ".join(reversed(s.strip().split(" ")))
