# Bidirectional breadth-first search: always grow the smaller frontier, stop when the two meet.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        unvisited = set(wordList)
        if endWord not in unvisited:
            return 0
        unvisited.discard(beginWord)
        unvisited.discard(endWord)
        front, back = {beginWord}, {endWord}
        words = 2
        while front and back:
            if len(front) > len(back):
                front, back = back, front
            following = set()
            for word in front:
                for i in range(len(word)):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        candidate = word[:i] + letter + word[i + 1:]
                        if candidate in back:
                            return words
                        if candidate in unvisited:
                            unvisited.remove(candidate)
                            following.add(candidate)
            front = following
            words += 1
        return 0
