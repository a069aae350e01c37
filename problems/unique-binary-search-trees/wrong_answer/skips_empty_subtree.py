# Bug: the roots run over 2..k-1 only, as if a root needed values on both sides; trees whose
# smallest or largest value is the root are lost.
class Solution:
    def numTrees(self, n):
        count = [1, 1] + [0] * n
        for k in range(2, n + 1):
            count[k] = sum(count[root - 1] * count[k - root] for root in range(2, k)) + 1
        return count[n]
