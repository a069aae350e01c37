# Union-find: join each value with x + 1 when present; the answer is the largest set.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        parent = {x: x for x in nums}
        size = dict.fromkeys(parent, 1)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for x in parent:
            if x + 1 in parent:
                a, b = find(x), find(x + 1)
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
        return max(size.values(), default=0)
