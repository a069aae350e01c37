from collections import deque


# Adds an edge at every position where neighbouring words differ, not only the first one.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        letters = sorted(set("".join(words)))
        after = {c: set() for c in letters}
        for first, second in zip(words, words[1:]):
            if len(first) > len(second) and first.startswith(second):
                return ""
            for a, b in zip(first, second):
                if a != b:
                    after[a].add(b)
        waiting = {c: 0 for c in letters}
        for c in letters:
            for d in after[c]:
                waiting[d] += 1
        ready = deque(c for c in letters if waiting[c] == 0)
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for d in after[c]:
                waiting[d] -= 1
                if waiting[d] == 0:
                    ready.append(d)
        return "".join(order) if len(order) == len(letters) else ""
