from collections import defaultdict, deque


class Solution:
    def ladderLength(self, beginWord, endWord, wordList):
        """BFS over words; neighbours found through wildcard patterns ("h*t"), each pattern used once."""
        words = set(wordList)
        if endWord not in words:
            return 0
        length = len(beginWord)
        by_pattern = defaultdict(list)
        for word in words:
            for i in range(length):
                by_pattern[word[:i] + "*" + word[i + 1:]].append(word)
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
        while queue:
            word, steps = queue.popleft()
            for i in range(length):
                pattern = word[:i] + "*" + word[i + 1:]
                for neighbour in by_pattern.pop(pattern, ()):  # a pattern's words are all reached now
                    if neighbour == endWord:
                        return steps + 1
                    if neighbour not in seen:
                        seen.add(neighbour)
                        queue.append((neighbour, steps + 1))
        return 0
