# A dot follows only the first child of the node, instead of trying them all.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for letter in word:
            if letter == ".":
                children = [key for key in node if key != "$"]
                if not children:
                    return False
                node = node[children[0]]
            elif letter in node:
                node = node[letter]
            else:
                return False
        return "$" in node
