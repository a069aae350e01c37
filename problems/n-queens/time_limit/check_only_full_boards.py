# Brute force: any column for every row (n^n boards), checked for attacks only once the board is full.
class Solution:
    def solveNQueens(self, n):
        answer, columns_of = [], []

        def peaceful():
            for i in range(n):
                for j in range(i + 1, n):
                    if columns_of[i] == columns_of[j] or abs(columns_of[i] - columns_of[j]) == j - i:
                        return False
            return True

        def place(row):
            if row == n:
                if peaceful():
                    answer.append(["." * c + "Q" + "." * (n - c - 1) for c in columns_of])
                return
            for c in range(n):
                columns_of.append(c)
                place(row + 1)
                columns_of.pop()

        place(0)
        return answer
