# Starts from [''] and forgets the special case: no digits answers [''] instead of [].
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        combos = [""]
        for digit in digits:
            combos = [combo + letter for combo in combos for letter in keys[digit]]
        return combos
