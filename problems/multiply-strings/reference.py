class Solution:
    def multiply(self, num1, num2):
        # Digit i of num1 times digit j of num2 (both from the right) lands in slot i + j.
        a = [ord(c) - 48 for c in reversed(num1)]
        b = [ord(c) - 48 for c in reversed(num2)]
        slots = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            if x:
                for j, y in enumerate(b):
                    slots[i + j] += x * y
        carry = 0
        for k in range(len(slots)):
            carry, slots[k] = divmod(slots[k] + carry, 10)
        while len(slots) > 1 and slots[-1] == 0:
            slots.pop()
        return "".join(chr(48 + d) for d in reversed(slots))
