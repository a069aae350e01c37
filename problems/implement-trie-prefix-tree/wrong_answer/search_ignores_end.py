# Bug: search only checks that the path exists, so a prefix of an inserted word counts as a word.
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word):
        return self._walk(word) is not None

    def startsWith(self, prefix):
        return self._walk(prefix) is not None
