# Bug: a single digit is always readable, 0 included, so "30" and "100" get decodings they do not have.
class Solution:
    def numDecodings(self, s):
        ways = [1, 1]
        for i in range(1, len(s)):
            current = ways[-1]
            if 10 <= int(s[i - 1:i + 1]) <= 26:
                current += ways[-2]
            ways.append(current)
        return ways[-1]
