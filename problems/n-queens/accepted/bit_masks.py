# Backtracking with three bit masks: columns taken, and the diagonals shifted one square per row.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        full = (1 << n) - 1
        answer, columns_of = [], []

        def place(columns, left, right):
            if columns == full:
                answer.append(["." * c + "Q" + "." * (n - c - 1) for c in columns_of])
                return
            free = full & ~(columns | left | right)
            while free:
                bit = free & -free
                free ^= bit
                columns_of.append(bit.bit_length() - 1)
                place(columns | bit, (left | bit) << 1 & full, (right | bit) >> 1)
                columns_of.pop()

        place(0, 0, 0)
        return answer
