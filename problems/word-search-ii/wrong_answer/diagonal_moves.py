# Also steps diagonally, so words that need a diagonal move are reported.
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

        def walk(r, c, node):
            letter = board[r][c]
            node = node.get(letter)
            if node is None:
                return
            if "$" in node:
                found.add(node["$"])
            board[r][c] = "#"
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols:
                        walk(nr, nc, node)
            board[r][c] = letter

        for r in range(rows):
            for c in range(cols):
                walk(r, c, root)
        return list(found)
