class TrieNode:
    def __init__(self):
        self.children = {}
        self.word = None


class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        """Trie of node objects, a visited set instead of overwriting the board, and a result set."""
        root = TrieNode()
        for word in words:
            node = root
            for letter in word:
                node = node.children.setdefault(letter, TrieNode())
            node.word = word
        rows, cols = len(board), len(board[0])
        found, visited = set(), set()

        def dfs(r, c, node):
            if r < 0 or c < 0 or r >= rows or c >= cols or (r, c) in visited:
                return
            child = node.children.get(board[r][c])
            if child is None:
                return
            if child.word:
                found.add(child.word)
                child.word = None
            visited.add((r, c))
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                dfs(r + dr, c + dc, child)
            visited.discard((r, c))
            if not child.children and child.word is None:
                del node.children[board[r][c]]

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root)
        return list(found)
