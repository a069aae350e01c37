# Forgets to mark the cells on the current path, so a word may use the same cell twice.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for word in words:
            node = root
            for letter in word:
                node = node.setdefault(letter, {})
            node["$"] = word
        rows, cols = len(board), len(board[0])
        found = set()

        def walk(r, c, node, depth):
            node = node.get(board[r][c])
            if node is None:
                return
            if "$" in node:
                found.add(node["$"])
            if depth == 10:
                return
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    walk(nr, nc, node, depth + 1)

        for r in range(rows):
            for c in range(cols):
                walk(r, c, root, 1)
        return list(found)
