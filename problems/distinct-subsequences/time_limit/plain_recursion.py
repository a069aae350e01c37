# Exponential: at each letter of s, skip it or (when it matches) use it, with no memo; a t that cannot be
# finished is searched through every way of placing its first letters.
class Solution:
    def numDistinct(self, s, t):
        def ways(i, j):
            if j == len(t):
                return 1
            if len(s) - i < len(t) - j:
                return 0
            total = ways(i + 1, j)
            if s[i] == t[j]:
                total += ways(i + 1, j + 1)
            return total

        return ways(0, 0)
