# Brute force: depth-first backtracking over every simple ladder from beginWord, keeping the shortest found
# (pruned only once a path is as long as the best so far): exponential in the number of words.
import sys


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        sys.setrecursionlimit(100000)
        words = set(wordList)
        if endWord not in words:
            return 0
        best = [float("inf")]
        on_path = {beginWord}

        def extend(word, count):
            if count >= best[0]:
                return
            if word == endWord:
                best[0] = count
                return
            for i in range(len(word)):
                for letter in "abcdefghijklmnopqrstuvwxyz":
                    candidate = word[:i] + letter + word[i + 1:]
                    if candidate in words and candidate not in on_path:
                        on_path.add(candidate)
                        extend(candidate, count + 1)
                        on_path.remove(candidate)

        extend(beginWord, 1)
        return best[0] if best[0] != float("inf") else 0
