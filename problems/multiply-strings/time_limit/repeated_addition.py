# Brute force: adds num1 to a running total num2 times, counting down num2 as a string.
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        def add(x, y):
            i, j, carry, out = len(x) - 1, len(y) - 1, 0, []
            while i >= 0 or j >= 0 or carry:
                total = carry + (int(x[i]) if i >= 0 else 0) + (int(y[j]) if j >= 0 else 0)
                out.append(str(total % 10))
                carry = total // 10
                i -= 1
                j -= 1
            return "".join(reversed(out))

        def decrement(x):
            digits = list(x)
            k = len(digits) - 1
            while digits[k] == "0":
                digits[k] = "9"
                k -= 1
            digits[k] = str(int(digits[k]) - 1)
            return "".join(digits).lstrip("0") or "0"

        total, count = "0", num2
        while count != "0":
            total = add(total, num1)
            count = decrement(count)
        return total
