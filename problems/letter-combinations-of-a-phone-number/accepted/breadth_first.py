class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
        combos = [""] if digits else []
        for digit in digits:
            combos = [combo + letter for combo in combos for letter in keys[int(digit)]]
        return combos
