# Bug: strips leading zeros with lstrip("0"), which leaves nothing when the product is 0.
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        slots = [0] * (len(num1) + len(num2))
        for i in range(len(num1) - 1, -1, -1):
            for j in range(len(num2) - 1, -1, -1):
                total = slots[i + j + 1] + int(num1[i]) * int(num2[j])
                slots[i + j + 1] = total % 10
                slots[i + j] += total // 10
        return "".join(map(str, slots)).lstrip("0")
