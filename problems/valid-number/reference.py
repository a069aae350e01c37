class Solution:
    def isNumber(self, s):
        # One pass; a digit must have been seen before an e, and again after it.
        seen_digit = seen_point = seen_exponent = False
        for index, char in enumerate(s):
            if char.isdigit():
                seen_digit = True
            elif char in "+-":
                if index > 0 and s[index - 1] not in "eE":
                    return False
            elif char == ".":
                if seen_point or seen_exponent:
                    return False
                seen_point = True
            elif char in "eE":
                if seen_exponent or not seen_digit:
                    return False
                seen_exponent, seen_digit = True, False
            else:
                return False
        return seen_digit
