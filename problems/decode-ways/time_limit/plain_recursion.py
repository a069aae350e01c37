# Exponential: tries a one-digit and a two-digit reading at every position with no memo, so a run of 44 ones
# makes billions of calls.
class Solution:
    def numDecodings(self, s):
        def ways(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = ways(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += ways(i + 2)
            return total

        return ways(0)
