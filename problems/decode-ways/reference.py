class Solution:
    def numDecodings(self, s):
        """ways(i) over prefixes, kept as a sliding pair: one-digit reading plus two-digit reading."""
        two_back, one_back = 1, 1 if s[0] != "0" else 0  # ways for the first 0 and the first 1 digits
        for i in range(1, len(s)):
            current = one_back if s[i] != "0" else 0
            if s[i - 1] == "1" or (s[i - 1] == "2" and s[i] <= "6"):
                current += two_back
            two_back, one_back = one_back, current
        return one_back
