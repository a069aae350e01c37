WORD = "$"


class Solution:
    def findWords(self, board, words):
        """One depth-first walk from each cell along a trie of the words; found words and empty branches are pruned."""
        root = {}
        for word in words:
            node = root
            for letter in word:
                node = node.setdefault(letter, {})
            node[WORD] = word
        rows, cols = len(board), len(board[0])
        found = []

        def walk(r, c, parent):
            letter = board[r][c]
            node = parent[letter]
            word = node.pop(WORD, None)
            if word is not None:
                found.append(word)
            board[r][c] = "#"
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    walk(nr, nc, node)
            board[r][c] = letter
            if not node:
                parent.pop(letter)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    walk(r, c, root)
        return found
