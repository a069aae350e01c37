# Appends the letters of each new digit to the old list instead of replacing it: partial strings remain.
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        if not digits:
            return []
        combos = list(keys[digits[0]])
        for digit in digits[1:]:
            combos += [combo + letter for combo in combos for letter in keys[digit]]
        return combos
