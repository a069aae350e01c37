# Forgets the end-of-word mark: a query matches any stored word it is a prefix of.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})

    def search(self, word: str) -> bool:
        def matches(node, index):
            if index == len(word):
                return True
            if word[index] == ".":
                return any(matches(child, index + 1) for child in node.values())
            return word[index] in node and matches(node[word[index]], index + 1)

        return matches(self.root, 0)
