from collections import Counter


class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        have = Counter(letter for row in board for letter in row)
        if any(have[letter] < need for letter, need in Counter(word).items()):
            return False  # the board lacks some letter: no search needed
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]  # start from the rarer end: fewer starting cells

        def search(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = None  # in use on the current path; restored on the way back, so no copy of the board
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < rows and 0 <= b < cols and search(a, b, i + 1):
                    board[r][c] = word[i]
                    return True
            board[r][c] = word[i]
            return False

        return any(search(r, c, 0) for r in range(rows) for c in range(cols))
