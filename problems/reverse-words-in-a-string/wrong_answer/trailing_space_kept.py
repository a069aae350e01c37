# Bug: builds the answer word by word with a space after each, and forgets the one at the end.
class Solution:
    def reverseWords(self, s: str) -> str:
        out = ""
        for word in reversed(s.split()):
            out += word + " "
        return out
