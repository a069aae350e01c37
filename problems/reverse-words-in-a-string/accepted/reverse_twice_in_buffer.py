class Solution:
    def reverseWords(self, s: str) -> str:
        # In a mutable buffer: reverse everything, reverse each word back, then squeeze spaces.
        chars = list(s)

        def reverse(i, j):
            while i < j:
                chars[i], chars[j] = chars[j], chars[i]
                i += 1
                j -= 1

        reverse(0, len(chars) - 1)
        n, start = len(chars), 0
        while start < n:
            if chars[start] == " ":
                start += 1
                continue
            end = start
            while end < n and chars[end] != " ":
                end += 1
            reverse(start, end - 1)
            start = end
        write = 0
        for read in range(n):
            if chars[read] != " ":
                if write > 0 and chars[read - 1] == " " and chars[write - 1] != " ":
                    chars[write] = " "
                    write += 1
                chars[write] = chars[read]
                write += 1
        return "".join(chars[:write])
