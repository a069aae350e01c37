# Deletes adjacent matched pairs until none is left: the string was valid exactly when it ends empty.
# Each pass is a C-speed replace, so even 5000 nested pairs finish in time.
class Solution:
    def isValid(self, s: str) -> bool:
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return not s
            s = shorter
