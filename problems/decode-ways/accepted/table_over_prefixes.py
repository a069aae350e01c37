# Bottom-up table over prefixes, reading the last one and two digits as numbers.
class Solution:
    def numDecodings(self, s: str) -> int:
        ways = [0] * (len(s) + 1)
        ways[0] = 1
        for i in range(1, len(s) + 1):
            if 1 <= int(s[i - 1]) <= 9:
                ways[i] += ways[i - 1]
            if i >= 2 and 10 <= int(s[i - 2:i]) <= 26:
                ways[i] += ways[i - 2]
        return ways[-1]
