from collections import deque


class Solution:
    def alienOrder(self, words):
        """An edge at the first difference of each neighbouring pair, then Kahn's topological order."""
        letters = sorted(set("".join(words)))
        after = {letter: set() for letter in letters}
        for first, second in zip(words, words[1:]):
            for a, b in zip(first, second):
                if a != b:
                    after[a].add(b)
                    break
            else:
                if len(first) > len(second):
                    return ""
        waiting = {letter: 0 for letter in letters}
        for letter in letters:
            for later in after[letter]:
                waiting[later] += 1
        ready = deque(letter for letter in letters if waiting[letter] == 0)
        order = []
        while ready:
            letter = ready.popleft()
            order.append(letter)
            for later in sorted(after[letter]):
                waiting[later] -= 1
                if waiting[later] == 0:
                    ready.append(later)
        return "".join(order) if len(order) == len(letters) else ""
