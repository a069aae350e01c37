class Solution:
    def reverseWords(self, s):
        return " ".join(reversed(s.split()))
