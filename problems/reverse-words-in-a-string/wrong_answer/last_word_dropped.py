# Bug: a word is emitted only when a space ends it, so a word at the very end of s is lost.
class Solution:
    def reverseWords(self, s: str) -> str:
        words, current = [], ""
        for char in s:
            if char == " ":
                if current:
                    words.append(current)
                current = ""
            else:
                current += char
        return " ".join(reversed(words))
