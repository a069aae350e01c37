# Bug: sums the digit products per slot and passes each slot's carry on only once, in the
# same left-to-right sweep that reads it, so a slot whose carry arrives later stays at 10 or more.
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        n, m = len(num1), len(num2)
        slots = [0] * (n + m)
        for i in range(n):
            for j in range(m):
                slots[i + j + 1] += int(num1[i]) * int(num2[j])
        for k in range(len(slots) - 1):
            slots[k] += slots[k + 1] // 10
            slots[k + 1] %= 10
        text = "".join(map(str, slots)).lstrip("0")
        return text or "0"
