import bisect


class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        """Intervals from smallest to largest each answer the unanswered queries they contain; a union-find of
        'next unanswered query' pointers skips answered ones, so each query is answered once."""
        values = sorted(set(queries))
        answer_of = [-1] * len(values)
        next_open = list(range(len(values) + 1))

        def find(i):
            root = i
            while next_open[root] != root:
                root = next_open[root]
            while next_open[i] != root:
                next_open[i], i = root, next_open[i]
            return root

        for left, right in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            i = find(bisect.bisect_left(values, left))
            while i < len(values) and values[i] <= right:
                answer_of[i] = right - left + 1
                next_open[i] = i + 1
                i = find(i + 1)
        index = {value: i for i, value in enumerate(values)}
        return [answer_of[index[q]] for q in queries]
