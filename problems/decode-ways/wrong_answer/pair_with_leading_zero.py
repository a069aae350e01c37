# Bug: the two-digit check is only int(...) <= 26, so "06" is read as 6 and "00" as a letter.
class Solution:
    def numDecodings(self, s):
        if s[0] == "0":
            return 0
        two_back, one_back = 1, 1
        for i in range(1, len(s)):
            current = one_back if s[i] != "0" else 0
            if int(s[i - 1:i + 1]) <= 26:
                current += two_back
            two_back, one_back = one_back, current
        return one_back
