# O(n log n) by value: a Fenwick tree over the (compressed) values holds, for every
# value, the longest increasing subsequence ending at or below it seen so far.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        rank = {value: i + 1 for i, value in enumerate(sorted(set(nums)))}
        size = len(rank)
        tree = [0] * (size + 1)
        best = 0
        for value in nums:
            # longest run ending strictly below value: query ranks 1 .. rank - 1
            i, longest = rank[value] - 1, 0
            while i > 0:
                longest = max(longest, tree[i])
                i -= i & -i
            length = longest + 1
            best = max(best, length)
            i = rank[value]
            while i <= size:
                if tree[i] < length:
                    tree[i] = length
                i += i & -i
        return best
