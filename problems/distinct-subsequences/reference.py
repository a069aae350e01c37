class Solution:
    def numDistinct(self, s, t):
        """ways[j]: the ways to find t[:j] in the letters of s read so far; each letter of s extends, from the
        right, only the prefixes of t that end in that letter (so it is used at most once)."""
        where = {}
        for j in range(len(t) - 1, -1, -1):
            where.setdefault(t[j], []).append(j + 1)  # the prefix lengths ending in this letter, longest first
        ways = [1] + [0] * len(t)
        for letter in s:
            for j in where.get(letter, ()):
                ways[j] += ways[j - 1]
        return ways[-1]
