# No tree: a set for exact lookups and a sorted list where a prefix's words sit together.
from bisect import bisect_left, insort


class Trie:
    def __init__(self):
        self.words = set()
        self.ordered = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.add(word)
            insort(self.ordered, word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        i = bisect_left(self.ordered, prefix)
        return i < len(self.ordered) and self.ordered[i].startswith(prefix)
