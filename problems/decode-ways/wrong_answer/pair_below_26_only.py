# Bug: off by one in the pair's range (10 <= x < 26), so 26 (Z) is never read as one letter.
class Solution:
    def numDecodings(self, s):
        ways = [1] + [0] * len(s)
        for i in range(1, len(s) + 1):
            if s[i - 1] != "0":
                ways[i] += ways[i - 1]
            if i >= 2 and 10 <= int(s[i - 2:i]) < 26:
                ways[i] += ways[i - 2]
        return ways[-1]
