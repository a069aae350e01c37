# O(number of words) startsWith: tests every stored word.
class Trie:
    def __init__(self):
        self.words = []
        self.seen = set()

    def insert(self, word):
        if word not in self.seen:
            self.seen.add(word)
            self.words.append(word)

    def search(self, word):
        return word in self.seen

    def startsWith(self, prefix):
        return any(word.startswith(prefix) for word in self.words)
