class TrieNode:
    __slots__ = ("children", "is_word")

    def __init__(self):
        self.children = {}
        self.is_word = False


class WordDictionary:
    """A trie searched breadth first: the set of nodes the query's prefix can reach, one letter at a time."""

    def __init__(self):
        self.root = TrieNode()

    def addWord(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.children.setdefault(letter, TrieNode())
        node.is_word = True

    def search(self, word: str) -> bool:
        frontier = [self.root]
        for letter in word:
            if letter == ".":
                frontier = [child for node in frontier for child in node.children.values()]
            else:
                frontier = [node.children[letter] for node in frontier if letter in node.children]
            if not frontier:
                return False
        return any(node.is_word for node in frontier)
