# Keeps a list of words and compares the query with each one, letter by letter: O(words * L) per search.
class WordDictionary:
    def __init__(self):
        self.words = []

    def addWord(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        for stored in self.words:
            if len(stored) == len(word) and all(q == "." or q == s for q, s in zip(word, stored)):
                return True
        return False
