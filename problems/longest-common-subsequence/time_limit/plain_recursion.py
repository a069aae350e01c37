# Exponential: on a mismatch, recurse on dropping either last letter, with no memo.
import sys


class Solution:
    def longestCommonSubsequence(self, text1, text2):
        sys.setrecursionlimit(10000)

        def longest(i, j):
            if i == 0 or j == 0:
                return 0
            if text1[i - 1] == text2[j - 1]:
                return longest(i - 1, j - 1) + 1
            return max(longest(i - 1, j), longest(i, j - 1))

        return longest(len(text1), len(text2))
