from collections import deque


# Builds the graph from the edges alone, so letters that are never compared are left out of the answer.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after, waiting = {}, {}
        for first, second in zip(words, words[1:]):
            for a, b in zip(first, second):
                if a != b:
                    after.setdefault(a, set())
                    after.setdefault(b, set())
                    waiting.setdefault(a, 0)
                    if b not in after[a]:
                        after[a].add(b)
                        waiting[b] = waiting.get(b, 0) + 1
                    break
            else:
                if len(first) > len(second):
                    return ""
        ready = deque(c for c in sorted(after) if waiting.get(c, 0) == 0)
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for d in after[c]:
                waiting[d] -= 1
                if waiting[d] == 0:
                    ready.append(d)
        if len(order) != len(after):
            return ""
        return "".join(order) if order else words[0][0]
