class WordDictionary:
    """A trie of dicts; the key END marks a node where a stored word ends."""

    END = "$"

    def __init__(self):
        self.root = {}

    def addWord(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = True

    def search(self, word):
        def matches(node, index):
            if index == len(word):
                return self.END in node
            letter = word[index]
            if letter != ".":
                child = node.get(letter)
                return child is not None and matches(child, index + 1)
            return any(matches(child, index + 1) for key, child in node.items() if key != self.END)

        return matches(self.root, 0)
