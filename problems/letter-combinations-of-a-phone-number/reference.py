LETTERS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


class Solution:
    def letterCombinations(self, digits):
        """Backtracking: one letter per position, undone after its subtree is explored."""
        if not digits:
            return []
        found, prefix = [], []

        def extend(position):
            if position == len(digits):
                found.append("".join(prefix))
                return
            for letter in LETTERS[digits[position]]:
                prefix.append(letter)
                extend(position + 1)
                prefix.pop()

        extend(0)
        return found
