# Each letter spans [first, last]; merge overlapping spans in order of their starts, the merged spans are the parts.
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        spans = {}
        for index, letter in enumerate(s):
            first, _ = spans.get(letter, (index, index))
            spans[letter] = (first, index)
        merged = []
        for first, last in sorted(spans.values()):
            if merged and first <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], last)
            else:
                merged.append([first, last])
        return [last - first + 1 for first, last in merged]
