# Bug: only checks that s3 has the same letters as s1 and s2 together, ignoring their order.
from collections import Counter


class Solution:
    def isInterleave(self, s1, s2, s3):
        return Counter(s1) + Counter(s2) == Counter(s3)
