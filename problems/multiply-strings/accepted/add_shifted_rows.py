class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Paper method: one row per digit of num2 (num1 times that digit, shifted), added up.
        if num1 == "0" or num2 == "0":
            return "0"

        def times_digit(number, digit):
            out, carry = [], 0
            for c in reversed(number):
                carry, d = divmod((ord(c) - 48) * digit + carry, 10)
                out.append(str(d))
            if carry:
                out.append(str(carry))
            return "".join(reversed(out))

        def add(x, y):
            i, j, carry, out = len(x) - 1, len(y) - 1, 0, []
            while i >= 0 or j >= 0 or carry:
                total = carry + (ord(x[i]) - 48 if i >= 0 else 0) + (ord(y[j]) - 48 if j >= 0 else 0)
                carry, d = divmod(total, 10)
                out.append(str(d))
                i -= 1
                j -= 1
            return "".join(reversed(out))

        total = "0"
        for shift, c in enumerate(reversed(num2)):
            row = times_digit(num1, ord(c) - 48)
            if row.strip("0"):
                total = add(total, row + "0" * shift)
        return total
