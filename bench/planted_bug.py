# A planted bug for the shrinking benchmark: negative values are silently dropped.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        counts = Counter(x for x in nums if x >= 0)
        return [v for v, _ in counts.most_common(k)]
